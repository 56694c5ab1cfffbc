// France-Visas: the official French visa application (Schengen short stay and long stay), of the
// ministère de l'Intérieur and the ministère de l'Europe et des Affaires étrangères.
// https://application-form.france-visas.gouv.fr – a JavaServer Faces app, ids like "formStep1:Visas-dde-nom".
import { definePortal } from './define';
import { hostOrHotel, ownStateIdNumber } from './shared-texts';

const VISA_CODE_FR = 'https://eur-lex.europa.eu/legal-content/FR/TXT/?uri=CELEX:32009R0810';

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
