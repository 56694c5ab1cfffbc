// Wohngeld (rent subsidy, Wohngeldgesetz) in Mecklenburg-Vorpommern: the online service WOGEMIZUEA
// "Wohngeld Mietzuschuss Erstantrag" of the Land's Serviceportal https://serviceportal.gemeinsamonline.de
// (the same platform serves other services, so only the Wohngeld paths count).
import { definePortal } from './define';

const WOGG = (section: number) => `https://www.gesetze-im-internet.de/wogg/__${section}.html`;
const ENTRY = 'https://serviceportal.gemeinsamonline.de/Onlinedienste/Service/Entry/WOGEMIZUEA';

export default definePortal({
  id: 'de-wohngeld',
  name: {
    de: 'Wohngeld – Mietzuschuss (Serviceportal Mecklenburg-Vorpommern)',
    en: 'Housing benefit – rent subsidy (Mecklenburg-Western Pomerania service portal)',
    fr: "Aide au logement allemande – loyer (portail de Mecklembourg-Poméranie-Occidentale)",
  },
  country: 'DE',
  origins: ['https://serviceportal.gemeinsamonline.de'],
  // WOGEMIZU: Mietzuschuss, WOGELAZU: Lastenzuschuss; first (EA) and further (WA) applications.
  paths: [/^\/Onlinedienste\/Service\/[A-Za-z]+\/WOGE(MI|LA)ZU/],
  formSelector: 'form#antragsformular',
  rules: [
    {
      field: 'vermieter-name',
      match: { name: 'WG.vm.name' },
      key: null,
      why: '"Name bzw. Firma" of the landlord may be a company; it is not a name of the profile.',
    },
    {
      field: 'lage-der-wohnung',
      match: { name: 'WG.wo.lage' },
      key: 'address-suffix',
      person: 'applicant',
      why: '"Lage der Wohnung im Gebäude" has no address word; it takes the floor and side, the address suffix.',
    },
    {
      field: 'aktenzeichen',
      match: { name: 'WG.aktenzeichen' },
      key: null,
      why: 'A case number of the Wohngeld office, easy to take for an identity or tax number.',
    },
  ],
  explanations: [
    {
      field: 'vermieter-name',
      what: {
        de: 'Name der Person oder Firma, an die Sie die Miete zahlen. Er steht im Mietvertrag.',
        en: 'Name of the person or company you pay the rent to. It is in your rental contract.',
        fr: 'Nom de la personne ou de la société à qui vous payez le loyer. Il figure dans votre bail.',
        'de-simple': 'An wen zahlen Sie die Miete? Schreiben Sie den Namen hier hin. Der Name steht im Mietvertrag.',
      },
      why: {
        de: 'Die Wohngeldstelle darf beim Vermieter die Miete nachfragen.',
        en: 'The housing benefit office may ask the landlord about the rent.',
        fr: "Le service de l'aide au logement peut interroger le bailleur sur le loyer.",
        'de-simple': 'Das Amt darf den Vermieter nach der Miete fragen.',
      },
      source: WOGG(23),
    },
    {
      field: 'lage-der-wohnung',
      what: {
        de: 'In welchem Stockwerk und auf welcher Seite die Wohnung liegt, zum Beispiel „2. OG links“.',
        en: 'The floor and side of the flat, for example "2nd floor left".',
        fr: "L'étage et le côté du logement, par exemple « 2e étage gauche ».",
        'de-simple': 'In welchem Stock ist Ihre Wohnung? Links oder rechts? Schreiben Sie das hier hin.',
      },
      source: WOGG(22),
    },
    {
      field: 'aktenzeichen',
      what: {
        de: 'Haben Sie schon einmal Wohngeld bekommen, steht das Aktenzeichen auf dem letzten Bescheid. Sonst bleibt das Feld leer.',
        en: 'If you received housing benefit before, the case number is on your last notice. Otherwise leave it empty.',
        fr: "Si vous avez déjà reçu l'aide, le numéro de dossier figure sur votre dernière décision. Sinon, laissez vide.",
        'de-simple': 'Haben Sie schon einmal Wohngeld bekommen? Dann steht eine Nummer auf dem letzten Brief vom Amt. Schreiben Sie diese Nummer hier hin.',
      },
      source: WOGG(22),
    },
    {
      field: 'gesamtmiete',
      match: { name: 'WG.wo.miete' },
      what: {
        de: 'Die Miete für einen Monat mit den Nebenkosten, so wie sie im Mietvertrag steht.',
        en: 'The rent for one month including service charges, as in your rental contract.',
        fr: 'Le loyer mensuel, charges comprises, comme dans votre bail.',
        'de-simple': 'Wie viel Miete zahlen Sie jeden Monat? Rechnen Sie die Nebenkosten dazu.',
      },
      source: WOGG(9),
    },
  ],
  help: [
    {
      title: { de: 'Wohngeld Mietzuschuss Erstantrag', en: 'Rent subsidy first application', fr: "Première demande d'aide au loyer" },
      url: ENTRY,
    },
    {
      title: { de: 'Wohngeldgesetz (WoGG)', en: 'Housing Benefit Act (WoGG)', fr: "Loi sur l'aide au logement (WoGG)" },
      url: 'https://www.gesetze-im-internet.de/wogg/',
    },
  ],
  fixtures: [
    {
      url: ENTRY,
      file: 'portals/de-wohngeld.mietzuschuss.html',
      source: 'Antrag auf Mietzuschuss (Wohngeld, § 22 WoGG, amtlicher Vordruck), online service WOGEMIZUEA of the Serviceportal Mecklenburg-Vorpommern',
    },
  ],
});
