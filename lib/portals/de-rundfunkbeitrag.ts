// Rundfunkbeitrag: registering a dwelling with ARD ZDF Deutschlandradio Beitragsservice
// (§ 8 Rundfunkbeitragsstaatsvertrag). https://www.rundfunkbeitrag.de – a server-rendered form that
// says "Name" for the family name and asks for contribution numbers.
import { definePortal } from './define';
import { nameMeansFamilyName } from './shared-texts';

const ANMELDEN = 'https://www.rundfunkbeitrag.de/buergerinnen_und_buerger/formulare/anmelden/index_ger.html';

export default definePortal({
  id: 'de-rundfunkbeitrag',
  name: {
    de: 'Rundfunkbeitrag – Wohnung anmelden',
    en: 'Broadcasting fee – register a dwelling',
    fr: "Redevance audiovisuelle allemande – déclarer un logement",
  },
  country: 'DE',
  origins: ['https://www.rundfunkbeitrag.de'],
  paths: ['/buergerinnen_und_buerger/formulare/anmelden/'],
  formSelector: 'form#rbAnmeldung',
  rules: [
    {
      field: 'name',
      match: { name: 'anmeldung[name]' },
      key: 'family-name',
      person: 'applicant',
      why: 'The form says "Name" next to "Vorname": the family name, not the full name.',
    },
    {
      field: 'beitragsnummer',
      match: { name: /beitragsnummer\]$/i },
      key: null,
      why: 'The 9-digit contribution number looks like a customer or tax number; no profile holds it.',
    },
    {
      field: 'vorherige-anschrift',
      match: { section: /^Vorherige Anschrift/ },
      key: null,
      why: 'The previous address uses the same labels as the dwelling (Straße, PLZ, Ort); filling the profile address there would be wrong.',
    },
  ],
  explanations: [
    nameMeansFamilyName('name', ANMELDEN),
    {
      field: 'beitragsnummer',
      what: {
        de: 'Die neunstellige Nummer beim Beitragsservice. Sie steht auf jedem Brief und jeder Zahlungsaufforderung.',
        en: 'The nine-digit number at the Beitragsservice. It is on every letter and payment request.',
        fr: 'Le numéro à neuf chiffres auprès du Beitragsservice. Il figure sur chaque courrier et chaque demande de paiement.',
        'de-simple': 'Zahlen Sie schon den Rundfunkbeitrag? Dann haben Sie eine Nummer mit 9 Ziffern. Die Nummer steht auf den Briefen vom Beitragsservice.',
      },
      why: {
        de: 'Pro Wohnung zahlt nur eine Person. Mit der Nummer findet der Beitragsservice das bestehende Konto.',
        en: 'Only one person pays per dwelling. With the number the Beitragsservice finds the existing account.',
        fr: "Une seule personne paie par logement. Avec ce numéro, le Beitragsservice retrouve le compte existant.",
        'de-simple': 'Für jede Wohnung zahlt nur eine Person. Mit der Nummer findet das Amt das alte Konto.',
      },
      source: ANMELDEN,
    },
    {
      field: 'vorherige-anschrift',
      what: {
        de: 'Die Anschrift, unter der Sie vorher beim Beitragsservice angemeldet waren. Waren Sie nie angemeldet, bleibt der Teil leer.',
        en: 'The address under which you were registered with the Beitragsservice before. Leave it empty if you never were.',
        fr: "L'adresse sous laquelle vous étiez déclaré auprès du Beitragsservice. Laissez vide si vous ne l'avez jamais été.",
        'de-simple': 'Waren Sie schon einmal angemeldet? Dann schreiben Sie die alte Adresse hier hin. Waren Sie noch nie angemeldet? Dann lassen Sie die Felder leer.',
      },
      source: ANMELDEN,
    },
  ],
  help: [
    {
      title: { de: 'Formulare zum Rundfunkbeitrag', en: 'Broadcasting fee forms', fr: 'Formulaires de la redevance' },
      url: 'https://www.rundfunkbeitrag.de/buergerinnen_und_buerger/formulare/index_ger.html',
    },
    {
      title: { de: 'Informationen für Bürgerinnen und Bürger', en: 'Information for citizens', fr: 'Informations pour les particuliers' },
      url: 'https://www.rundfunkbeitrag.de/buergerinnen_und_buerger/informationen/index_ger.html',
    },
  ],
  fixtures: [
    {
      url: ANMELDEN,
      file: 'portals/de-rundfunkbeitrag.anmeldung.html',
      source: 'Anmeldung einer Wohnung, ARD ZDF Deutschlandradio Beitragsservice (§ 8 Rundfunkbeitragsstaatsvertrag)',
    },
  ],
});
