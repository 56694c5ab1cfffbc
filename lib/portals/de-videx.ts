// Federal Foreign Office visa portal (VIDEX): the harmonised Schengen visa application,
// Annex I to Regulation (EC) No 810/2009. https://videx.diplo.de
import { definePortal } from './define';

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
  rules: [],
  explanations: [],
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
