// Mein ELSTER: the income tax return, main form ESt 1 A (general data). https://www.elster.de
// ELSTER labels each input by its row ("Zeile 8 Name"); Person A and Person B share the same row texts
// and only the block headings tell them apart, so the rules match row text and heading.
import type { FieldKey } from '../fields/keys';
import { definePortal } from './define';
import { nameMeansFamilyName } from './shared-texts';
import type { PortalFieldRule } from './types';

const ELSTER_FORMS = 'https://www.elster.de/eportal/formulare-leistungen/alleformulare';

/** A row text of the form, with or without ELSTER's "Zeile N" prefix. */
const row = (text: string) => new RegExp(`^(Zeile \\d+ )?${text}$`);
const PERSON_A = /Person A\b/;
const PERSON_B = /Person B\b/;
/** ESt 1 A rows 7–16 of Person A and the key each asks for. */
const PERSON_A_ROWS: [string, FieldKey][] = [
  ['Identifikationsnummer', 'tax-id'],
  ['Name', 'family-name'],
  ['Vorname', 'given-name'],
  ['Titel, akademischer Grad', 'academic-title'],
  ['Geburtsdatum', 'bday'],
  ['Religion', 'religion'],
  ['Ausgeübter Beruf', 'occupation'],
  ['Straße', 'street'],
  ['Hausnummer', 'house-number'],
  ['Adressergänzung', 'address-suffix'],
  ['Postleitzahl', 'postal-code'],
  ['Wohnort', 'city'],
  ['Telefonische Rückfragen tagsüber unter Nummer', 'tel'],
];

export default definePortal({
  id: 'de-elster',
  name: {
    de: 'Mein ELSTER – Einkommensteuererklärung (ESt 1 A)',
    en: 'My ELSTER – income tax return (form ESt 1 A)',
    fr: "Mon ELSTER – déclaration d'impôt sur le revenu allemande (ESt 1 A)",
  },
  country: 'DE',
  origins: ['https://www.elster.de'],
  paths: [/^\/eportal\/formulare-leistungen\/alleformulare\/est/],
  formSelector: 'form#elsterFormular',
  rules: [
    {
      field: 'steuernummer',
      match: { label: row('Steuernummer') },
      key: 'tax-number',
      person: 'applicant',
      why: 'The Steuernummer of the tax office is easily confused with the 11-digit Identifikationsnummer asked in row 7.',
    },
    {
      field: 'hausnummerzusatz',
      match: { label: row('Hausnummerzusatz') },
      key: null,
      why: '"Hausnummerzusatz" contains "Hausnummer": it takes only a letter suffix such as "a", not the house number.',
    },
    {
      field: 'name',
      match: { section: PERSON_B, label: row('Name') },
      key: 'family-name',
      person: 'partner',
      why: 'Row 18 says "Name" next to "Vorname": the family name of Person B, not the full name.',
    },
    ...PERSON_A_ROWS.map(([text, key]): PortalFieldRule => ({
      field: text === 'Name' ? 'name' : 'person-a',
      match: { section: PERSON_A, label: row(text) },
      key,
      person: 'applicant',
      why: text === 'Name'
        ? 'Row 8 says "Name" next to "Vorname": the family name of Person A, not the full name.'
        : 'The heading of Person A reads "Ehemann / Person A (Ehegatte / Lebenspartner A)": the word "Ehegatte" would make these rows the partner\'s, but Person A is the filer.',
    })),
    {
      field: 'kontoinhaber-abtretung',
      match: { label: row('Name des Kontoinhabers.*') },
      key: 'account-holder',
      person: 'other',
      why: 'Row 34 asks for the account holder only when it is neither Person A nor B (an assignment), so it is another person\'s name.',
    },
  ],
  explanations: [
    nameMeansFamilyName('name', ELSTER_FORMS),
    {
      field: 'steuernummer',
      what: {
        de: 'Die Steuernummer, die Ihr Finanzamt vergeben hat. Sie steht auf dem letzten Steuerbescheid. Sie ist nicht die Identifikationsnummer.',
        en: 'The tax number your tax office gave you. It is on your last tax assessment. It is not the identification number.',
        fr: "Le numéro fiscal attribué par votre centre des impôts allemand (Steuernummer). Il figure sur votre dernier avis d'imposition. Ce n'est pas le numéro d'identification.",
        'de-simple': 'Das Finanzamt gibt Ihnen eine Steuer-Nummer. Die Nummer steht auf dem letzten Brief vom Finanzamt. Geben Sie zum ersten Mal eine Steuer-Erklärung ab? Dann lassen Sie das Feld leer.',
      },
      source: ELSTER_FORMS,
    },
    {
      field: 'hausnummerzusatz',
      what: {
        de: 'Nur ein Buchstabe oder Zusatz zur Hausnummer, zum Beispiel „a“ bei Hausnummer 12a.',
        en: 'Only a letter or addition to the house number, for example "a" for number 12a.',
        fr: 'Seulement une lettre ou un complément du numéro, par exemple « a » pour le numéro 12a.',
        'de-simple': 'Ihre Hausnummer ist zum Beispiel 12a? Dann schreiben Sie hier nur das a.',
      },
      source: ELSTER_FORMS,
    },
    {
      field: 'person-a',
      what: {
        de: 'Person A sind Sie selbst. Bei Ehepaaren ist Person A die Person, die zuerst genannt wird. Person B ist der Ehegatte.',
        en: 'Person A is you. For married couples, Person A is the person named first. Person B is the spouse.',
        fr: 'La personne A, c\'est vous. Pour un couple marié, la personne A est celle nommée en premier. La personne B est le conjoint.',
        'de-simple': 'Person A sind Sie selbst. Sind Sie verheiratet? Dann ist Person B Ihr Ehepartner.',
      },
      source: ELSTER_FORMS,
    },
    {
      field: 'kontoinhaber-abtretung',
      what: {
        de: 'Nur ausfüllen, wenn das Konto weder Person A noch Person B gehört. Dann brauchen Sie auch den amtlichen Abtretungsvordruck.',
        en: 'Fill in only if the account belongs to neither Person A nor Person B. Then you also need the official assignment form.',
        fr: "À remplir seulement si le compte n'appartient ni à la personne A ni à la personne B. Il faut alors aussi le formulaire officiel de cession.",
        'de-simple': 'Gehört das Konto Ihnen oder Ihrem Ehepartner? Dann lassen Sie das Feld leer. Gehört das Konto einer anderen Person? Dann schreiben Sie ihren Namen hier hin.',
      },
      source: 'https://www.gesetze-im-internet.de/ao_1977/__46.html',
    },
    {
      field: 'veranlagungsart',
      match: { name: 'Kz0100201' },
      what: {
        de: 'Nur für Ehepaare: Soll das Finanzamt Sie zusammen oder jeden für sich besteuern? Das wählen Sie hier.',
        en: 'Only for married and registered couples: you choose whether the tax office assesses you jointly or separately.',
        fr: "Seulement pour les couples mariés ou pacsés : vous choisissez une imposition commune ou séparée.",
        'de-simple': 'Sind Sie verheiratet? Dann wählen Sie hier. Das Finanzamt rechnet Ihre Steuer zusammen oder jede Person für sich.',
      },
      source: 'https://www.gesetze-im-internet.de/estg/__26.html',
    },
  ],
  help: [
    {
      title: { de: 'Alle Formulare in Mein ELSTER', en: 'All forms in My ELSTER', fr: 'Tous les formulaires de Mon ELSTER' },
      url: ELSTER_FORMS,
    },
  ],
  fixtures: [
    {
      url: 'https://www.elster.de/eportal/formulare-leistungen/alleformulare/est',
      file: 'portals/de-elster.est1a.html',
      source: 'Hauptvordruck ESt 1 A (Einkommensteuererklärung), Zeilen 1–38, as Mein ELSTER presents it',
    },
  ],
});
