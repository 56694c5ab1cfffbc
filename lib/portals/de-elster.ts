// Mein ELSTER: the income tax return, main form ESt 1 A (general data). https://www.elster.de
// ELSTER names its inputs by Kennzahl (Kz0100501 …), which are stable across years and carry no words,
// so the rules match Kennzahlen. Person A and Person B share the same row texts.
import { definePortal } from './define';
import { nameMeansFamilyName } from './shared-texts';

const ELSTER_FORMS = 'https://www.elster.de/eportal/formulare-leistungen/alleformulare';

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
      field: 'name',
      match: { name: 'Kz0100501' },
      key: 'family-name',
      person: 'applicant',
      why: 'Row 8 says "Name" next to "Vorname": the family name of Person A.',
    },
    {
      field: 'name',
      match: { name: 'Kz0102501' },
      key: 'family-name',
      person: 'partner',
      why: 'Row 18 says "Name" next to "Vorname": the family name of Person B; only a heading tells it is the spouse.',
    },
    {
      field: 'steuernummer',
      match: { name: 'Kz0100101' },
      key: 'tax-number',
      person: 'applicant',
      why: 'The Steuernummer of the tax office is easily confused with the 11-digit Identifikationsnummer asked in row 7.',
    },
    {
      field: 'hausnummerzusatz',
      match: { name: 'Kz0101002' },
      key: null,
      why: '"Hausnummerzusatz" contains "Hausnummer": it takes only a letter suffix such as "a", not the house number.',
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
