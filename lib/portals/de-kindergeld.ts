// Kindergeld online (Antrag KG 1 with Anlage Kind) of the Familienkasse der Bundesagentur für Arbeit.
// A React app at https://web.arbeitsagentur.de: name attributes are opaque (field_4f2a) and sections
// are headings, so the rules below match the few fields whose labels alone would mislead.
import { definePortal } from './define';

const ESTG_67 = 'https://www.gesetze-im-internet.de/estg/__67.html';

export default definePortal({
  id: 'de-kindergeld',
  name: {
    de: 'Kindergeld online beantragen (Familienkasse)',
    en: 'Child benefit online application (Familienkasse)',
    fr: "Demande d'allocations familiales allemandes en ligne (Familienkasse)",
  },
  country: 'DE',
  origins: ['https://web.arbeitsagentur.de'],
  // The BA's online services share one origin; only the Kindergeld apps (kgo-*) are this portal.
  paths: [/^\/opal\/kgo-[a-z-]+-ui\//],
  formSelector: 'form#kgAntrag',
  rules: [
    {
      field: 'kindergeldnummer',
      match: { label: /^Kindergeldnummer/ },
      key: null,
      why: 'A case number of the Familienkasse (e.g. 123FK456789), easy to take for a tax number.',
    },
    {
      field: 'kind-identifikationsnummer',
      match: { name: /^field_k\de4$/, label: /^Identifikationsnummer$/ },
      key: 'tax-id',
      person: 'child',
      why: 'The label is only "Identifikationsnummer" under a "Kind 1"/"Kind 2" heading and the name is opaque: without the rule the applicant\'s own tax ID would be filled in.',
    },
    {
      field: 'kontoinhaber-andere-person',
      match: { label: /^Name, Vorname \(nur wenn andere Person\)/ },
      key: 'account-holder',
      person: 'other',
      why: '"Name, Vorname" reads as the applicant\'s full name; it is the account holder when that is someone else.',
    },
  ],
  explanations: [
    {
      field: 'kindergeldnummer',
      what: {
        de: 'Ihre Nummer bei der Familienkasse, falls Sie schon Kindergeld bekommen. Sie steht oben auf jedem Brief der Familienkasse.',
        en: 'Your number at the Familienkasse, if you already receive child benefit. It is at the top of every letter from the Familienkasse.',
        fr: "Votre numéro auprès de la Familienkasse, si vous touchez déjà des allocations familiales. Il figure en haut de chaque courrier de la Familienkasse.",
        'de-simple': 'Bekommen Sie schon Kindergeld? Dann haben Sie eine Kindergeldnummer. Die Nummer steht oben auf den Briefen von der Familienkasse. Sie bekommen noch kein Kindergeld? Dann lassen Sie das Feld leer.',
      },
      source: ESTG_67,
    },
    {
      field: 'kind-identifikationsnummer',
      what: {
        de: 'Die Steuer-Identifikationsnummer des Kindes, nicht Ihre eigene. Jedes Kind bekommt sie nach der Geburt per Brief vom Bundeszentralamt für Steuern.',
        en: "The child's tax identification number, not your own. Every child receives it by letter from the Federal Central Tax Office after birth.",
        fr: "Le numéro d'identification fiscale de l'enfant, pas le vôtre. Chaque enfant le reçoit par courrier du Bundeszentralamt für Steuern après sa naissance.",
        'de-simple': 'Jedes Kind hat eine eigene Steuer-Nummer. Die Nummer hat 11 Ziffern. Ihr Kind hat sie nach der Geburt per Brief bekommen. Schreiben Sie hier die Nummer vom Kind. Schreiben Sie nicht Ihre eigene Nummer.',
      },
      why: {
        de: 'Mit der Nummer stellt die Familienkasse sicher, dass für ein Kind nur einmal Kindergeld gezahlt wird.',
        en: 'With this number the Familienkasse makes sure child benefit is paid only once per child.',
        fr: "Grâce à ce numéro, la Familienkasse s'assure que les allocations ne sont versées qu'une fois par enfant.",
        'de-simple': 'So zahlt die Familienkasse für jedes Kind nur ein Mal.',
      },
      source: 'https://www.gesetze-im-internet.de/ao_1977/__139b.html',
    },
    {
      field: 'kontoinhaber-andere-person',
      what: {
        de: 'Nur ausfüllen, wenn das Konto nicht Ihnen gehört: Name und Vorname der Person, der das Konto gehört.',
        en: 'Fill in only if the account is not yours: name and first name of the account holder.',
        fr: "À remplir seulement si le compte n'est pas le vôtre : nom et prénom du titulaire du compte.",
        'de-simple': 'Gehört das Konto Ihnen? Dann lassen Sie das Feld leer. Gehört das Konto einer anderen Person? Dann schreiben Sie den Namen von dieser Person.',
      },
      source: ESTG_67,
    },
    {
      field: 'familienstand-seit',
      match: { name: 'field_a76b' },
      what: {
        de: 'Seit wann Sie verheiratet, geschieden, getrennt oder verwitwet sind. Bei ledig bleibt das Feld leer.',
        en: 'Since when you are married, divorced, separated or widowed. Leave empty if you are single.',
        fr: 'Depuis quand vous êtes marié, divorcé, séparé ou veuf. Laissez vide si vous êtes célibataire.',
        'de-simple': 'Sind Sie verheiratet, getrennt, geschieden oder verwitwet? Dann schreiben Sie das Datum hier hin. Sind Sie ledig? Dann lassen Sie das Feld leer.',
      },
      source: ESTG_67,
    },
  ],
  help: [
    {
      title: { de: 'Kindergeld beantragen', en: 'Applying for child benefit', fr: 'Demander les allocations familiales' },
      url: 'https://www.arbeitsagentur.de/familie-und-kinder/kindergeld-beantragen',
    },
    {
      title: { de: 'Fragen und Antworten zu Kindergeld online', en: 'Questions about the online application', fr: 'Questions sur la demande en ligne' },
      url: 'https://www3.arbeitsagentur.de/web/content/DE/service/OnlineHilfe/Kindergeld/index.htm',
    },
  ],
  fixtures: [
    {
      url: 'https://web.arbeitsagentur.de/opal/kgo-antrag-ui/antrag',
      file: 'portals/de-kindergeld.kg1.html',
      source: 'Antrag auf Kindergeld KG 1 with Anlage Kind (Familienkasse der Bundesagentur für Arbeit, § 67 EStG)',
    },
  ],
});
