// BAföG Digital: the federal online application for student finance, Formblatt 1 "Antrag auf
// Ausbildungsförderung" (§ 46 BAföG). https://www.bafoeg-digital.de – the form says "Name" for the
// family name and asks for the parents under "Vater / Elternteil" and "Mutter / Elternteil".
import { definePortal } from './define';
import { nameMeansFamilyName } from './shared-texts';

const BAFOEG = (section: number) => `https://www.gesetze-im-internet.de/baf_g/__${section}.html`;

export default definePortal({
  id: 'de-bafoeg',
  name: {
    de: 'BAföG Digital – Antrag auf Ausbildungsförderung (Formblatt 1)',
    en: 'BAföG Digital – student finance application (form 1)',
    fr: "BAföG Digital – demande d'aide aux études (formulaire 1)",
  },
  country: 'DE',
  origins: ['https://www.bafoeg-digital.de'],
  paths: [/^\/ams\/bafoeg\b/i],
  formSelector: 'form#bafoegFormblatt1',
  steps: [
    { id: 'person', title: { de: 'Angaben zur Person', en: 'Personal data', fr: 'Données personnelles' }, selector: '#fb-step-person:not(.is-hidden)' },
    { id: 'familie', title: { de: 'Familie', en: 'Family', fr: 'Famille' }, selector: '#fb-step-familie:not(.is-hidden)' },
    { id: 'ausbildung', title: { de: 'Ausbildung und Auszahlung', en: 'Studies and payment', fr: 'Études et versement' }, selector: '#fb-step-ausbildung:not(.is-hidden)' },
  ],
  rules: [
    {
      field: 'name',
      match: { section: /^Auszubildende Person$/, label: /^Name$/ },
      key: 'family-name',
      person: 'applicant',
      why: 'Formblatt 1 says "Name" next to "Vorname": the family name, not the full name.',
    },
    {
      field: 'name',
      match: { section: /^Ehegatte/, label: /^Name$/ },
      key: 'family-name',
      person: 'partner',
      why: 'Formblatt 1 says "Name" next to "Vorname": the spouse\'s family name, not the full name.',
    },
    {
      field: 'eltern',
      match: { section: /^Angaben zu den Eltern$/, label: /^Name$/ },
      key: 'family-name',
      person: 'other',
      why: 'The parents sit under "Vater / Elternteil" and "Mutter / Elternteil"; "Elternteil" elsewhere means the partner, here it is the student\'s parent.',
    },
    {
      field: 'eltern',
      match: { section: /^Angaben zu den Eltern$/, label: /^Vorname$/ },
      key: 'given-name',
      person: 'other',
      why: 'The parents sit under "Vater / Elternteil" and "Mutter / Elternteil"; "Elternteil" elsewhere means the partner, here it is the student\'s parent.',
    },
    {
      field: 'ausbildungsstaette',
      match: { name: /^ausbildung\.(staette|ort)$/ },
      key: null,
      why: '"Name der Ausbildungsstätte" and "Ort der Ausbildungsstätte" contain "Name" and "Ort"; the first label\'s for attribute does not even point at its input.',
    },
    {
      field: 'foerderungsnummer',
      match: { name: 'ausbildung.foerderungsnummer' },
      key: null,
      why: 'A case number of the BAföG office, easy to take for an identity number.',
    },
  ],
  explanations: [
    nameMeansFamilyName('name', BAFOEG(46)),
    {
      field: 'eltern',
      what: {
        de: 'Name und Vorname Ihrer Eltern. Das Amt braucht sie, weil das Einkommen der Eltern meist zählt.',
        en: "Name and first name of your parents. The office needs them because your parents' income usually counts.",
        fr: "Nom et prénom de vos parents. Le service en a besoin car les revenus des parents comptent le plus souvent.",
        'de-simple': 'Schreiben Sie hier die Namen von Ihrem Vater und Ihrer Mutter. Das Amt schaut auf das Geld von Ihren Eltern.',
      },
      source: BAFOEG(11),
    },
    {
      field: 'ausbildungsstaette',
      what: {
        de: 'Name und Ort Ihrer Schule oder Hochschule. Beides steht auf dem Nachweis, dass Sie dort lernen.',
        en: 'Name and town of your university or school, as shown on your certificate of enrolment.',
        fr: "Nom et ville de votre université ou école, comme sur votre certificat d'inscription.",
        'de-simple': 'Wo lernen Sie? Schreiben Sie den Namen von Ihrer Schule oder Hochschule. Schreiben Sie auch den Ort dazu.',
      },
      source: BAFOEG(46),
    },
    {
      field: 'foerderungsnummer',
      what: {
        de: 'Ihre Nummer beim BAföG-Amt, falls Sie schon einmal BAföG bekommen haben. Sie steht auf dem letzten Bescheid.',
        en: 'Your number at the BAföG office, if you received BAföG before. It is on your last notice.',
        fr: "Votre numéro auprès du service BAföG, si vous avez déjà reçu le BAföG. Il figure sur votre dernière décision.",
        'de-simple': 'Haben Sie schon einmal BAföG bekommen? Dann steht eine Nummer auf dem letzten Brief vom Amt. Schreiben Sie diese Nummer hier hin.',
      },
      source: BAFOEG(46),
    },
    {
      field: 'vorausleistung',
      match: { name: 'ausbildung.vorausleistung' },
      what: {
        de: 'Zahlen Ihre Eltern den Unterhalt nicht, kann das Amt vorher zahlen. Es holt das Geld dann von den Eltern.',
        en: 'If your parents do not pay maintenance, the office can pay in advance. It then claims the money from your parents.',
        fr: "Si vos parents ne versent pas la pension, le service peut avancer l'argent. Il le réclame ensuite à vos parents.",
        'de-simple': 'Geben Ihre Eltern Ihnen kein Geld? Dann kann das Amt zuerst zahlen. Das Amt holt das Geld später von den Eltern.',
      },
      source: BAFOEG(36),
    },
  ],
  help: [
    {
      title: { de: 'BAföG – Informationen des Bundes', en: 'BAföG – federal information', fr: 'BAföG – informations fédérales' },
      url: 'https://www.bafög.de/bafoeg/de/home/home_node.html',
    },
    {
      title: { de: 'BAföG online beantragen', en: 'Apply for BAföG online', fr: 'Demander le BAföG en ligne' },
      url: 'https://www.bafoeg-digital.de/ams/BAFOEG',
    },
  ],
  fixtures: [
    {
      url: 'https://www.bafoeg-digital.de/ams/BAFOEG/wizardng/formblatt1',
      file: 'portals/de-bafoeg.formblatt1.html',
      source: 'BAföG Formblatt 1, Antrag auf Ausbildungsförderung (§ 46 Abs. 3 BAföG, BAföG-Formblatt-Verordnung)',
    },
  ],
});
