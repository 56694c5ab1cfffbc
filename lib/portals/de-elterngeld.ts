// ElterngeldDigital: the federal online application for Elterngeld (BEEG) of the Federal Ministry for
// Family Affairs, used by most Länder. https://www.elterngeld-digital.de – a wizard whose parent
// blocks (Elternteil 1 / Elternteil 2) reuse the same name attributes.
import { definePortal } from './define';

const BEEG = (section: number) => `https://www.gesetze-im-internet.de/beeg/__${section}.html`;

export default definePortal({
  id: 'de-elterngeld',
  name: {
    de: 'ElterngeldDigital – Antrag auf Elterngeld',
    en: 'ElterngeldDigital – parental allowance application',
    fr: "ElterngeldDigital – demande d'allocation parentale allemande",
  },
  country: 'DE',
  origins: ['https://www.elterngeld-digital.de'],
  paths: [/^\/ams\/elterngeld\b/i],
  formSelector: 'form#wizardForm',
  steps: [
    { id: 'kind', title: { de: 'Kind', en: 'Child', fr: 'Enfant' }, selector: '#wz-step-kind:not([style*="display: none"])' },
    { id: 'eltern', title: { de: 'Eltern', en: 'Parents', fr: 'Parents' }, selector: '#wz-step-eltern:not([style*="display: none"])' },
    { id: 'bezug', title: { de: 'Bezug und Bankverbindung', en: 'Months and bank account', fr: 'Mois versés et compte bancaire' }, selector: '#wz-step-bezug:not([style*="display: none"])' },
  ],
  rules: [
    {
      field: 'errechneter-geburtstermin',
      match: { name: 'kind.errechneterGeburtstermin' },
      key: null,
      why: '"Geburtstermin" reads as the birth date; it is the due date from the maternity record, which no profile holds.',
    },
  ],
  explanations: [
    {
      field: 'errechneter-geburtstermin',
      what: {
        de: 'Der Tag, an dem das Kind laut Ärztin oder Hebamme geboren werden sollte. Er steht im Mutterpass.',
        en: 'The day the child was expected to be born, according to the doctor or midwife. It is in the maternity record (Mutterpass).',
        fr: "Le jour où l'enfant devait naître selon le médecin ou la sage-femme. Il figure dans le carnet de maternité (Mutterpass).",
        'de-simple': 'Die Ärztin hat vorher gesagt: An diesem Tag kommt das Baby. Dieser Tag steht im Mutterpass. Schreiben Sie diesen Tag hier hin.',
      },
      why: {
        de: 'Kommt ein Kind viel zu früh, gibt es länger Elterngeld.',
        en: 'If a child is born much too early, parental allowance is paid for longer.',
        fr: "Si l'enfant naît très prématurément, l'allocation est versée plus longtemps.",
        'de-simple': 'Kommt das Baby viel zu früh? Dann bekommen Sie länger Elterngeld.',
      },
      source: BEEG(4),
    },
    {
      field: 'lebensmonate',
      match: { name: 'bezug.basis' },
      what: {
        de: 'Die Lebensmonate des Kindes, in denen Sie Basiselterngeld bekommen möchten. Der erste Lebensmonat beginnt am Tag der Geburt.',
        en: "The child's months of life in which you want basic parental allowance. The first month of life starts on the day of birth.",
        fr: "Les mois de vie de l'enfant pour lesquels vous voulez l'allocation de base. Le premier mois de vie commence le jour de la naissance.",
        'de-simple': 'In welchen Monaten wollen Sie Elterngeld? Kreuzen Sie diese Monate an. Der erste Monat beginnt am Tag der Geburt.',
      },
      source: BEEG(4),
    },
  ],
  help: [
    {
      title: { de: 'Häufige Fragen zum Online-Antrag', en: 'Frequent questions about the online application', fr: 'Questions fréquentes sur la demande en ligne' },
      url: 'https://www.elterngeld-digital.de/ams/content/Elterngeld/haeufige-fragen-online-antrag',
    },
    {
      title: { de: 'Bundeselterngeldgesetz (BEEG)', en: 'Federal Parental Allowance Act (BEEG)', fr: "Loi fédérale sur l'allocation parentale (BEEG)" },
      url: 'https://www.gesetze-im-internet.de/beeg/',
    },
  ],
  fixtures: [
    {
      url: 'https://www.elterngeld-digital.de/ams/Elterngeld/wizardng/FFE7CD',
      file: 'portals/de-elterngeld.antrag.html',
      source: 'Antrag auf Elterngeld (§ 7 BEEG) as ElterngeldDigital (BMFSFJ) asks it',
    },
  ],
});
