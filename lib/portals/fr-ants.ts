// ANTS: the online pré-demande for a passport or carte nationale d'identité of the Agence nationale des
// titres sécurisés. https://passeport.ants.gouv.fr – DSFR markup; the parents (filiation) sit in the
// same form as the applicant, and the tax stamp number says "fiscal".
import type { FieldKey } from '../fields/keys';
import { definePortal } from './define';
import type { PortalFieldRule } from './types';

const PASSEPORT_CNI = 'https://www.service-public.fr/particuliers/vosdroits/N360';

/** The labels of the father's and the mother's blocks (cerfa 12100, "Filiation") and the key each asks for. */
const FILIATION_LABELS: [RegExp, FieldKey][] = [
  [/^Nom$/, 'family-name'],
  [/^Nom de naissance$/, 'birth-name'],
  [/^Prénom\(s\)$/, 'given-name'],
  [/^Date de naissance$/, 'bday'],
  [/^Lieu de naissance$/, 'birth-place'],
  [/^Nationalité$/, 'nationality'],
];

export default definePortal({
  id: 'fr-ants',
  name: {
    de: 'ANTS – Online-Vorantrag für Reisepass oder Personalausweis (Frankreich)',
    en: 'ANTS – online pre-application for a French passport or identity card',
    fr: "ANTS – pré-demande en ligne de passeport ou de carte nationale d'identité",
  },
  country: 'FR',
  origins: ['https://passeport.ants.gouv.fr'],
  paths: ['/demarches-en-ligne/'],
  formSelector: 'form#form-predemande',
  rules: [
    {
      field: 'departement-naissance',
      match: { name: 'departementNaissance' },
      key: null,
      why: '"Département" reads as the region of the address; this is the département of birth, which the profile does not hold.',
    },
    ...FILIATION_LABELS.map(([label, key]): PortalFieldRule => ({
      field: 'filiation',
      match: { section: /^(Père|Mère)$/, label },
      key,
      person: 'other',
      why: 'The filiation block repeats the applicant\'s labels (Nom, Prénom(s), Date de naissance…) for the father and the mother; only the legends "Père" and "Mère" say whose data it is.',
    })),
    {
      field: 'nom-usage',
      match: { label: /^Nom d'usage\b/ },
      key: 'family-name',
      why: 'The hint inside the label ("le nom de l\'époux ou de l\'épouse") names the spouse and the birth name, but the field asks for the name of use of the person it is about (whose: their section, as for any field).',
    },
    {
      field: 'voie',
      match: { label: /^Type et nom de la voie\b/ },
      key: 'street',
      person: 'applicant',
      why: '"nom de la voie" contains "nom": it is the street (without the number asked above), not a name.',
    },
    {
      field: 'timbre-fiscal',
      match: { name: 'timbreFiscal' },
      key: null,
      why: '"Numéro du timbre fiscal" contains "fiscal": it is the 16-digit number of a bought tax stamp, not the numéro fiscal.',
    },
  ],
  explanations: [
    {
      field: 'departement-naissance',
      what: {
        de: 'Die Nummer des französischen Départements, in dem Sie geboren sind, zum Beispiel 69 für Rhône. Bei Geburt im Ausland bleibt das Feld leer.',
        en: 'The number of the French département where you were born, for example 69 for Rhône. Leave it empty if you were born abroad.',
        fr: "Le numéro du département où vous êtes né(e), par exemple 69 pour le Rhône. Laissez vide si vous êtes né(e) à l'étranger.",
        'de-simple': 'Sind Sie in Frankreich geboren? Dann schreiben Sie die Nummer vom Département hier hin. Sind Sie woanders geboren? Dann lassen Sie das Feld leer.',
      },
      source: PASSEPORT_CNI,
    },
    {
      field: 'filiation',
      what: {
        de: 'Angaben zu Ihren Eltern, so wie sie in Ihrer Geburtsurkunde stehen. Bei der Mutter ist der Geburtsname gefragt.',
        en: 'Details of your parents, as shown on your birth certificate. For the mother, her name at birth is asked.',
        fr: "Les informations sur vos parents, telles qu'elles figurent sur votre acte de naissance. Pour la mère, c'est son nom de naissance.",
        'de-simple': 'Hier geht es um Ihre Eltern. Schreiben Sie die Namen so wie in Ihrer Geburtsurkunde. Bei der Mutter schreiben Sie den Nachnamen von ihrer Geburt.',
      },
      why: {
        de: 'Damit prüft die Behörde Ihre Identität, wenn keine Geburtsurkunde elektronisch abrufbar ist.',
        en: 'The authority uses it to check your identity when no birth record can be retrieved electronically.',
        fr: "Cela permet de vérifier votre identité lorsque l'acte de naissance ne peut pas être consulté en ligne.",
        'de-simple': 'So kann das Amt prüfen: Wer sind Sie?',
      },
      source: PASSEPORT_CNI,
    },
    {
      field: 'nom-usage',
      what: {
        de: 'Der Name, den Sie im Alltag führen, wenn er vom Geburtsnamen abweicht, zum Beispiel der Name des Ehegatten. Sonst bleibt das Feld leer.',
        en: 'The name you use in daily life if it differs from your birth name, for example your spouse\'s name. Otherwise leave it empty.',
        fr: "Le nom que vous utilisez au quotidien s'il diffère de votre nom de naissance, par exemple celui de votre époux ou épouse. Sinon, laissez vide.",
        'de-simple': 'Heißen Sie heute anders als bei der Geburt? Zum Beispiel nach der Heirat? Dann schreiben Sie Ihren heutigen Nachnamen hier hin.',
      },
      source: PASSEPORT_CNI,
    },
    {
      field: 'voie',
      what: {
        de: 'Art und Name der Straße, zum Beispiel „rue de la Paix“. Die Hausnummer hat ein eigenes Feld.',
        en: 'Type and name of the street, for example "rue de la Paix". The house number has its own field.',
        fr: 'Le type et le nom de la voie, par exemple « rue de la Paix ». Le numéro a son propre champ.',
        'de-simple': 'Schreiben Sie hier Ihre Straße. Die Hausnummer kommt in ein anderes Feld.',
      },
      source: PASSEPORT_CNI,
    },
    {
      field: 'timbre-fiscal',
      what: {
        de: 'Die Nummer der Gebührenmarke, die Sie vorher online gekauft haben. Sie hat 16 Ziffern.',
        en: 'The 16-digit number of the electronic tax stamp you bought online beforehand.',
        fr: 'Le numéro à 16 chiffres du timbre fiscal électronique acheté en ligne au préalable.',
        'de-simple': 'Für den Pass zahlen Sie eine Gebühr. Dafür kaufen Sie vorher online eine Marke. Die Marke hat eine Nummer mit 16 Ziffern. Schreiben Sie diese Nummer hier hin.',
      },
      source: 'https://timbres.impots.gouv.fr/',
    },
  ],
  help: [
    {
      title: { de: 'Online-Verfahren der ANTS', en: 'ANTS online procedures', fr: "Démarches en ligne de l'ANTS" },
      url: 'https://passeport.ants.gouv.fr/demarches-en-ligne',
    },
    {
      title: { de: 'Reisepass und Personalausweis (Service-Public.fr)', en: 'Passport and identity card (Service-Public.fr)', fr: "Passeport et carte d'identité (Service-Public.fr)" },
      url: PASSEPORT_CNI,
    },
  ],
  fixtures: [
    {
      url: 'https://passeport.ants.gouv.fr/demarches-en-ligne/faire-une-pre-demande-de-passeport',
      file: 'portals/fr-ants.predemande.html',
      source: "Pré-demande en ligne de passeport / carte nationale d'identité (ANTS), replacing cerfa n° 12100*03",
    },
  ],
});
