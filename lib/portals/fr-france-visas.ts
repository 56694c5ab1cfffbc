// France-Visas: the official French visa application (Schengen short stay and long stay), of the
// ministère de l'Intérieur and the ministère de l'Europe et des Affaires étrangères.
// https://application-form.france-visas.gouv.fr – a JavaServer Faces app, ids like "formStep1:Visas-dde-nom".
import type { FieldKey } from '../fields/keys';
import { definePortal } from './define';
import { hostOrHotel, ownStateIdNumber } from './shared-texts';
import type { PortalFieldRule } from './types';

const VISA_CODE_FR = 'https://eur-lex.europa.eu/legal-content/FR/TXT/?uri=CELEX:32009R0810';

/** Annex I items 14–16 as France-Visas labels them, and the key each asks for. */
const TRAVEL_DOCUMENT_LABELS: [RegExp, FieldKey][] = [
  [/^Date de délivrance$/, 'passport-issue-date'],
  [/^Date d'expiration$/, 'passport-expiry-date'],
  // Not "Délivré par (pays)": a list of states is not the authority (held-out set 38).
  [/^Délivré par\b(?! \(pays\))/, 'passport-issuing-authority'],
];

export default definePortal({
  id: 'fr-france-visas',
  name: {
    de: 'France-Visas – Visumantrag für Frankreich',
    en: 'France-Visas – visa application for France',
    fr: 'France-Visas – demande de visa pour la France',
  },
  country: 'FR',
  origins: ['https://application-form.france-visas.gouv.fr'],
  paths: ['/fv-fo-dde/'],
  formSelector: 'form#formStep1',
  steps: [
    { id: 'projet', title: { de: 'Mein Vorhaben', en: 'My plan', fr: 'Mon projet' }, selector: '#formStep1\\:step-projet:not([hidden])' },
    { id: 'informations', title: { de: 'Meine Angaben', en: 'My information', fr: 'Mes informations' }, selector: '#formStep1\\:step-informations:not([hidden])' },
    { id: 'coordonnees', title: { de: 'Kontakt und Unterkunft', en: 'Contact and accommodation', fr: 'Mes coordonnées et mon hébergement' }, selector: '#formStep1\\:step-coordonnees:not([hidden])' },
  ],
  rules: [
    {
      field: 'nom-naissance',
      match: { htmlId: 'formStep1:Visas-dde-nom-naissance' },
      key: 'birth-name',
      person: 'applicant',
      why: '"Nom(s) de naissance (nom(s) de famille antérieur(s))" mentions former names; Annex I item 2 asks for the surname at birth.',
    },
    {
      field: 'lieu-de-depot',
      match: { label: /^(Pays|Ville) de dépôt\b/ },
      key: null,
      why: '"Pays de dépôt" and "Ville de dépôt" read as the country and town of the address; they ask where the application is lodged.',
    },
    ...TRAVEL_DOCUMENT_LABELS.map(([label, key]): PortalFieldRule => ({
      field: 'document-de-voyage',
      match: { label },
      key,
      person: 'applicant',
      why: 'The travel document\'s dates and authority are asked in the first step without the word "passeport" in their labels.',
    })),
    {
      field: 'etat-civil',
      match: { label: /^État civil$/ },
      key: 'marital-status',
      person: 'applicant',
      why: '"État civil" (civil status) contains "État", which reads as a state or region; it asks for the marital status.',
    },
    {
      field: 'numero-national',
      match: { htmlId: 'formStep1:Visas-dde-numero-national' },
      key: null,
      why: '"Numéro national d\'identité" reads like an identity card number, but it is the personal number of the applicant\'s own state.',
    },
    {
      field: 'hote',
      match: { htmlId: 'formStep1:Visas-dde-hote-nom' },
      key: null,
      why: 'One field for the full name of the inviting person or the name of a hotel: not a name of the profile.',
    },
  ],
  explanations: [
    {
      field: 'lieu-de-depot',
      what: {
        de: 'Das Land und die Stadt, in denen Sie den Antrag abgeben, also wo das Konsulat oder das Visazentrum ist.',
        en: 'The country and town where you lodge the application, that is where the consulate or visa centre is.',
        fr: 'Le pays et la ville où vous déposez la demande, là où se trouve le consulat ou le centre de visas.',
        'de-simple': 'Wo geben Sie den Antrag ab? Wählen Sie das Land und die Stadt von dem Konsulat.',
      },
      source: VISA_CODE_FR,
    },
    {
      field: 'document-de-voyage',
      what: {
        de: 'Angaben zu Ihrem Reisepass: wann er ausgestellt wurde, bis wann er gilt und welche Behörde ihn ausgestellt hat. Alles steht auf der Seite mit Ihrem Foto.',
        en: 'Details of your passport: when it was issued, until when it is valid and which authority issued it. All of it is on the page with your photo.',
        fr: "Les informations de votre passeport : date de délivrance, date d'expiration et autorité qui l'a délivré. Tout figure sur la page avec votre photo.",
        'de-simple': 'Hier geht es um Ihren Pass. Schauen Sie auf die Seite mit Ihrem Foto. Dort stehen die Daten.',
      },
      source: VISA_CODE_FR,
    },
    {
      field: 'etat-civil',
      what: {
        de: 'Hier geht es um Ihren Familienstand. Sind Sie ledig, verheiratet, getrennt, geschieden oder verwitwet?',
        en: 'Your marital status: single, married, registered partnership, separated, divorced or widowed.',
        fr: 'Votre situation de famille : célibataire, marié(e), partenariat enregistré, séparé(e), divorcé(e) ou veuf (veuve).',
        'de-simple': 'Sind Sie ledig, verheiratet, getrennt, geschieden oder verwitwet? Wählen Sie das hier.',
      },
      source: VISA_CODE_FR,
    },
    {
      field: 'nom-naissance',
      what: {
        de: 'Ihr Familienname bei der Geburt. Hat er sich geändert, zum Beispiel durch Heirat, schreiben Sie hier den alten Namen.',
        en: 'Your family name at birth. If it has changed, for example by marriage, write the old name here.',
        fr: "Votre nom de famille à la naissance. S'il a changé, par exemple par mariage, indiquez ici l'ancien nom.",
        'de-simple': 'Wie war Ihr Nachname bei der Geburt? Schreiben Sie diesen Namen hier hin. Das ist wichtig, wenn Sie nach der Heirat anders heißen.',
      },
      source: VISA_CODE_FR,
    },
    ownStateIdNumber('numero-national', VISA_CODE_FR),
    hostOrHotel('hote', VISA_CODE_FR),
  ],
  help: [
    {
      title: { de: 'France-Visas: Informationen', en: 'France-Visas: information', fr: 'France-Visas : informations' },
      url: 'https://france-visas.gouv.fr/en/web/france-visas/',
    },
  ],
  fixtures: [
    {
      url: 'https://application-form.france-visas.gouv.fr/fv-fo-dde/step1.xhtml',
      file: 'portals/fr-france-visas.demande.html',
      source: 'Demande de visa Schengen (Annex I to Regulation (EC) No 810/2009, French version) and long-stay extension, as France-Visas asks it',
    },
  ],
});
