// Service-Public.fr: the démarche "changement de coordonnées" (declare a new address, e-mail or phone
// once for several administrations), run by the Direction de l'information légale et administrative.
// The démarche runs at https://psl.service-public.fr (Spring Web Flow pages, ids with dots).
import { definePortal } from './define';
import { MOVE_IN_DATE } from './shared-texts';

const R11193 = 'https://www.service-public.fr/particuliers/vosdroits/R11193';

export default definePortal({
  id: 'fr-service-public',
  name: {
    de: 'Service-Public.fr – Änderung der Kontaktdaten',
    en: 'Service-Public.fr – change of contact details',
    fr: 'Service-Public.fr – changement de coordonnées',
  },
  country: 'FR',
  origins: ['https://psl.service-public.fr'],
  paths: ['/mademarche/JeChangeDeCoordonnees/'],
  formSelector: 'form#demarcheForm',
  rules: [
    {
      field: 'ancienne-adresse',
      match: { section: /^Votre ancienne adresse$/ },
      key: null,
      why: 'The old address uses the same labels as the new one (voie, code postal, commune); the profile address belongs to the new block only.',
    },
    {
      field: 'date-emmenagement',
      match: { label: /^Date d'emménagement$/ },
      key: null,
      why: 'The move-in date opens the "nouvelle adresse" block, so the address heading would make it an address line.',
    },
    {
      field: 'numero-allocataire',
      match: { name: 'organismes.caf.numero' },
      key: null,
      why: 'The CAF number is an identifier like the social security number next to it, but a different one no profile holds.',
    },
    {
      field: 'identifiant-france-travail',
      match: { name: 'organismes.ft.identifiant' },
      key: null,
      why: '"Identifiant" reads like an identity number; it is the job-seeker id of France Travail.',
    },
  ],
  explanations: [
    {
      field: 'ancienne-adresse',
      what: {
        de: 'Die Anschrift, an der Sie vor dem Umzug gewohnt haben. Damit finden die Behörden Ihre Akte.',
        en: 'The address where you lived before the move. It lets the administrations find your file.',
        fr: "L'adresse où vous habitiez avant le déménagement. Elle permet aux organismes de retrouver votre dossier.",
        'de-simple': 'Wo haben Sie vor dem Umzug gewohnt? Schreiben Sie die alte Adresse hier hin. So finden die Ämter Ihre Daten.',
      },
      source: R11193,
    },
    {
      field: 'date-emmenagement',
      what: MOVE_IN_DATE,
      why: {
        de: 'Ab diesem Tag gilt die neue Anschrift für die Behörden.',
        en: 'From that day the administrations use the new address.',
        fr: 'À partir de ce jour, les organismes utilisent la nouvelle adresse.',
        'de-simple': 'Ab diesem Tag schicken die Ämter Post an die neue Adresse.',
      },
      source: R11193,
    },
    {
      field: 'numero-allocataire',
      what: {
        de: 'Ihre Nummer bei der Familienkasse CAF. Sie steht auf jedem Schreiben der CAF und in Ihrem Konto auf caf.fr.',
        en: 'Your number at the family allowance fund CAF. It is on every CAF letter and in your account on caf.fr.',
        fr: "Votre numéro d'allocataire CAF. Il figure sur chaque courrier de la CAF et dans votre espace sur caf.fr.",
        'de-simple': 'Bekommen Sie Geld von der CAF? Dann haben Sie dort eine Nummer. Die Nummer steht auf den Briefen von der CAF.',
      },
      source: R11193,
    },
    {
      field: 'identifiant-france-travail',
      what: {
        de: 'Ihre Kennung bei France Travail, der Arbeitsagentur. Sie steht in Ihren Unterlagen zur Anmeldung.',
        en: 'Your identifier at France Travail, the employment agency. It is in your registration papers.',
        fr: 'Votre identifiant France Travail. Il figure sur vos documents d\'inscription.',
        'de-simple': 'Sind Sie bei France Travail gemeldet? Dann haben Sie dort eine Kennung. Die Kennung steht auf Ihren Papieren von France Travail.',
      },
      source: R11193,
    },
    {
      field: 'organismes',
      match: { name: 'organismes' },
      what: {
        de: 'Wählen Sie die Stellen, die Ihre neue Anschrift bekommen sollen. Nur diese werden informiert.',
        en: 'Choose the organisations that should receive your new address. Only these are informed.',
        fr: 'Choisissez les organismes qui doivent recevoir vos nouvelles coordonnées. Seuls ceux-ci sont informés.',
        'de-simple': 'Welche Ämter sollen Ihre neue Adresse bekommen? Machen Sie bei diesen Ämtern ein Kreuz.',
      },
      source: R11193,
    },
  ],
  help: [
    {
      title: { de: 'Adressänderung online', en: 'Change of address online', fr: "Changement d'adresse en ligne" },
      url: R11193,
    },
  ],
  fixtures: [
    {
      url: 'https://psl.service-public.fr/mademarche/JeChangeDeCoordonnees/demarche',
      file: 'portals/fr-service-public.changement-coordonnees.html',
      source: 'Démarche en ligne « Changement de coordonnées » of Service-Public.fr (DILA)',
    },
  ],
});
