// impots.gouv.fr: the déclaration de revenus en ligne of the DGFiP, page "état civil et situation du
// foyer" (déclaration n° 2042, page 1). https://cfspart.impots.gouv.fr (espace particulier).
// Déclarant 1 and déclarant 2 reuse the same name attributes; only the legends tell them apart.
import { definePortal } from './define';

const DECLARATION = 'https://www.service-public.fr/particuliers/vosdroits/F358';

export default definePortal({
  id: 'fr-impots',
  name: {
    de: 'impots.gouv.fr – Einkommensteuererklärung online (Frankreich)',
    en: 'impots.gouv.fr – online income tax return (France)',
    fr: 'impots.gouv.fr – déclaration de revenus en ligne',
  },
  country: 'FR',
  origins: ['https://cfspart.impots.gouv.fr'],
  paths: ['/tremisu/', '/enp/'],
  formSelector: 'form#formDeclaration',
  rules: [
    {
      field: 'reference-avis',
      match: { name: 'referenceAvis' },
      key: null,
      why: 'The "référence de l\'avis" has 13 characters and is printed next to the numéro fiscal on the avis d\'impôt: easily taken for the tax number.',
    },
    {
      field: 'departement-naissance',
      match: { name: 'deptNaissance' },
      key: null,
      why: '"Département ou pays de naissance" reads as a region or the birth country; it takes either, so no single profile value fits.',
    },
  ],
  explanations: [
    {
      field: 'reference-avis',
      what: {
        de: 'Die Referenznummer Ihres letzten Steuerbescheids. Sie steht oben auf dem Bescheid neben der Steuernummer. Das Feld ist freiwillig.',
        en: 'The reference number of your last tax notice. It is at the top of the notice, next to the tax number. The field is optional.',
        fr: "La référence de votre dernier avis d'impôt. Elle figure en haut de l'avis, à côté du numéro fiscal. Ce champ est facultatif.",
        'de-simple': 'Auf dem letzten Brief vom Finanzamt steht oben eine Nummer. Sie heißt Referenz. Sie können die Nummer hier hinschreiben. Sie müssen es aber nicht.',
      },
      source: DECLARATION,
    },
    {
      field: 'departement-naissance',
      what: {
        de: 'Bei Geburt in Frankreich die Nummer des Départements, bei Geburt im Ausland das Land.',
        en: 'If born in France, the number of the département; if born abroad, the country.',
        fr: "Si vous êtes né(e) en France, le numéro du département ; si vous êtes né(e) à l'étranger, le pays.",
        'de-simple': 'Sind Sie in Frankreich geboren? Dann schreiben Sie die Nummer vom Département. Sind Sie woanders geboren? Dann schreiben Sie das Land.',
      },
      source: DECLARATION,
    },
    {
      field: 'situation-famille',
      match: { name: 'situationFamille' },
      what: {
        de: 'Ihr Familienstand am 1. Januar. Ehe und PACS zählen gleich. Dann geben Sie die Erklärung zu zweit ab.',
        en: 'Your marital status on 1 January of the year. Married and PACS partners count the same: you file one joint return.',
        fr: "Votre situation au 1er janvier de l'année. Mariage et PACS comptent de la même façon : vous faites une déclaration commune.",
        'de-simple': 'Wie war Ihr Familienstand am 1. Januar? Wählen Sie das hier. Sind Sie verheiratet? Dann machen Sie die Erklärung zusammen mit Ihrem Partner.',
      },
      source: DECLARATION,
    },
    {
      field: 'case-t',
      match: { name: 'caseT' },
      what: {
        de: 'Kreuzen Sie an, wenn Sie allein leben und Ihre Kinder allein erziehen. Dann gibt es einen halben Steueranteil mehr.',
        en: 'Tick if you live alone and raise your children alone. This gives an extra half share.',
        fr: "Cochez si vous vivez seul(e) et élevez seul(e) vos enfants. Cela donne une demi-part supplémentaire.",
        'de-simple': 'Leben Sie allein mit Ihren Kindern? Dann machen Sie hier ein Kreuz. Sie zahlen dann weniger Steuern.',
      },
      source: DECLARATION,
    },
  ],
  help: [
    {
      title: { de: 'impots.gouv.fr', en: 'impots.gouv.fr', fr: 'impots.gouv.fr' },
      url: 'https://www.impots.gouv.fr/accueil',
    },
    {
      title: { de: 'Einkommensteuererklärung (Service-Public.fr)', en: 'Income tax return (Service-Public.fr)', fr: 'Déclaration de revenus (Service-Public.fr)' },
      url: DECLARATION,
    },
  ],
  fixtures: [
    {
      url: 'https://cfspart.impots.gouv.fr/tremisu/etat-civil.html',
      file: 'portals/fr-impots.etat-civil.html',
      source: 'Déclaration des revenus n° 2042 (cerfa n° 10330), page 1, as the déclaration en ligne of the DGFiP asks it',
    },
  ],
});
