// Federal Foreign Office visa portal (VIDEX): the harmonised Schengen visa application,
// Annex I to Regulation (EC) No 810/2009. https://videx.diplo.de
import { definePortal } from './define';
import { hostOrHotel, ownStateIdNumber } from './shared-texts';

const VISA_CODE_DE = 'https://eur-lex.europa.eu/legal-content/DE/TXT/?uri=CELEX:32009R0810';

export default definePortal({
  id: 'de-videx',
  name: {
    de: 'VIDEX – Visumantrag des Auswärtigen Amts',
    en: 'VIDEX – German Federal Foreign Office visa application',
    fr: 'VIDEX – demande de visa du ministère fédéral allemand des Affaires étrangères',
  },
  country: 'DE',
  origins: ['https://videx.diplo.de'],
  paths: ['/videx/'],
  formSelector: 'form#videxForm',
  rules: [
    {
      field: 'nationale-identitaetsnummer',
      match: { name: 'antragsteller.nationaleIdNr' },
      key: null,
      why: 'Item 11 "Nationale Identitätsnummer" reads like the German ID card number, but asks for the number of the applicant\'s own state (Aadhaar, TC Kimlik No…), which the profile does not hold.',
    },
    {
      field: 'einladende-person',
      match: { name: 'einladender.name' },
      key: null,
      why: 'Item 30 takes the full name of the inviting person or the name of a hotel in one field: not a name of the profile.',
    },
  ],
  explanations: [
    ownStateIdNumber('nationale-identitaetsnummer', VISA_CODE_DE),
    hostOrHotel('einladende-person', VISA_CODE_DE),
  ],
  help: [
    {
      title: { de: 'Hilfe zum Visumantrag', en: 'Help with the visa application', fr: 'Aide pour la demande de visa' },
      url: 'https://videx.diplo.de/videx/hilfe',
    },
  ],
  fixtures: [
    {
      url: 'https://videx.diplo.de/videx/visum-erfassung/antrag',
      file: 'portals/de-videx.schengen.html',
      source: 'Annex I to Regulation (EC) No 810/2009 (Visa Code), harmonised application form, items 1–32',
    },
  ],
});
