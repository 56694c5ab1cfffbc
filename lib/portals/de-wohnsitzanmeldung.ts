// Elektronische Wohnsitzanmeldung (eWA): the federal online service for registering a new home
// (Bundesmeldegesetz), used by the municipalities' registration offices. https://wohnsitzanmeldung.gov.de
// The whole origin is this one service, so every path counts.
import { definePortal } from './define';
import { MOVE_IN_DATE } from './shared-texts';

const BMG = (section: number) => `https://www.gesetze-im-internet.de/bmg/__${section}.html`;

export default definePortal({
  id: 'de-wohnsitzanmeldung',
  name: {
    de: 'Elektronische Wohnsitzanmeldung',
    en: 'Online registration of residence (Germany)',
    fr: 'Déclaration de domicile en ligne (Allemagne)',
  },
  country: 'DE',
  origins: ['https://wohnsitzanmeldung.gov.de'],
  paths: ['/'],
  formSelector: 'form#ewaAnmeldung',
  rules: [
    {
      field: 'bisherige-wohnung',
      match: { section: /^Bisherige Wohnung/, name: /^bisherigeWohnung\./ },
      key: null,
      why: 'The previous address uses the same labels as the new one (Straße, Hausnummer, Postleitzahl, Gemeinde); filling the profile address there would report the wrong move.',
    },
    {
      field: 'wohnungsgeber-name',
      match: { name: 'wohnungsgeber.name' },
      key: null,
      why: '"Name des Wohnungsgebers" can be a person or a housing company: one field, not a name of the profile.',
    },
    {
      field: 'personalausweis-ausstellungsdatum',
      match: { name: 'personen[0].personalausweis.datum' },
      key: null,
      why: '"Ausstellungsdatum" here belongs to the ID card; the profile\'s issue date is the passport\'s.',
    },
  ],
  explanations: [
    {
      field: 'bisherige-wohnung',
      what: {
        de: 'Die Anschrift, in der Sie vor dem Umzug gewohnt haben.',
        en: 'The address where you lived before the move.',
        fr: "L'adresse où vous habitiez avant le déménagement.",
        'de-simple': 'Wo haben Sie vor dem Umzug gewohnt? Schreiben Sie diese alte Adresse hier hin.',
      },
      why: {
        de: 'Die Meldebehörde meldet Sie dort ab und gibt die neue Anschrift weiter.',
        en: 'The registration office deregisters you there and passes on the new address.',
        fr: "Le bureau d'enregistrement vous radie de l'ancienne adresse et transmet la nouvelle.",
        'de-simple': 'Das Amt meldet Sie an der alten Adresse ab. Sie müssen das nicht selbst tun.',
      },
      source: BMG(17),
    },
    {
      field: 'wohnungsgeber-name',
      what: {
        de: 'Name der Person oder Firma, die Ihnen die Wohnung gibt. Meist ist das der Vermieter. Er steht auf der Wohnungsgeberbestätigung.',
        en: 'Name of the person or company that provides the flat, usually the landlord. It is on the landlord\'s confirmation (Wohnungsgeberbestätigung).',
        fr: "Nom de la personne ou de la société qui vous loue le logement, le plus souvent le bailleur. Il figure sur l'attestation du logeur (Wohnungsgeberbestätigung).",
        'de-simple': 'Von wem haben Sie die Wohnung? Meistens ist das der Vermieter. Schreiben Sie seinen Namen hier hin. Der Name steht auf dem Zettel vom Vermieter.',
      },
      why: {
        de: 'Der Wohnungsgeber muss Ihren Einzug bestätigen.',
        en: 'The landlord must confirm that you moved in.',
        fr: 'Le logeur doit confirmer votre emménagement.',
        'de-simple': 'Der Vermieter muss sagen: Diese Person wohnt hier.',
      },
      source: BMG(19),
    },
    {
      field: 'personalausweis-ausstellungsdatum',
      what: {
        de: 'Das Datum, an dem Ihr Personalausweis ausgestellt wurde. Es steht auf der Rückseite des Ausweises.',
        en: 'The date your identity card was issued. It is on the back of the card.',
        fr: "La date de délivrance de votre carte d'identité allemande. Elle figure au dos de la carte.",
        'de-simple': 'Wann haben Sie den Ausweis bekommen? Das Datum steht hinten auf dem Ausweis.',
      },
      source: BMG(3),
    },
    {
      field: 'einzugsdatum',
      match: { name: 'neueWohnung.einzugsdatum' },
      what: MOVE_IN_DATE,
      why: {
        de: 'Sie müssen sich innerhalb von zwei Wochen nach dem Einzug anmelden.',
        en: 'You must register within two weeks after moving in.',
        fr: "Vous devez vous déclarer dans les deux semaines suivant l'emménagement.",
        'de-simple': 'Sie haben zwei Wochen Zeit für die Anmeldung.',
      },
      source: BMG(17),
    },
    {
      field: 'art-der-wohnung',
      match: { name: 'neueWohnung.art' },
      what: {
        de: 'Haben Sie nur diese Wohnung, ist sie die alleinige Wohnung. Haben Sie mehrere, ist die meist genutzte die Hauptwohnung.',
        en: 'If this is your only home, it is the sole residence. If you have several, the one you use most is the main residence.',
        fr: "Si c'est votre seul logement, c'est la résidence unique. Si vous en avez plusieurs, celui que vous utilisez le plus est la résidence principale.",
        'de-simple': 'Haben Sie nur eine Wohnung? Dann wählen Sie: alleinige Wohnung. Haben Sie mehr als eine Wohnung? Die Wohnung für die meiste Zeit ist die Hauptwohnung.',
      },
      source: BMG(21),
    },
  ],
  help: [
    {
      title: { de: 'So funktioniert die Anmeldung', en: 'How online registration works', fr: "Comment fonctionne la déclaration en ligne" },
      url: 'https://wohnsitzanmeldung.gov.de/die-einzelnen-schritte',
    },
    {
      title: { de: 'Bundesmeldegesetz § 17: Anmeldung', en: 'Federal Registration Act § 17', fr: 'Loi fédérale sur la déclaration de domicile, § 17' },
      url: BMG(17),
    },
  ],
  fixtures: [
    {
      url: 'https://wohnsitzanmeldung.gov.de/antrag/angaben',
      file: 'portals/de-wohnsitzanmeldung.anmeldung.html',
      source: 'Anmeldung bei der Meldebehörde (Meldeschein, § 23 BMG; data items § 3 Abs. 1 BMG; Wohnungsgeber § 19 BMG) as the eWA asks it',
    },
  ],
});
