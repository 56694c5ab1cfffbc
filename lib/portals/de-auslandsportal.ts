// Consular Services Portal of the Federal Foreign Office (Auslandsportal): online applications for
// national (D) visas – EU Blue Card, skilled work, study, family reunion. Info at https://digital.diplo.de,
// the application itself runs at https://app.digital.diplo.de (an Angular app; ids like mat-input-7
// change between releases, so rules match labels, not ids).
import { definePortal } from './define';

const AUFENTHV_31 = 'https://www.gesetze-im-internet.de/aufenthv/__31.html';

export default definePortal({
  id: 'de-auslandsportal',
  name: {
    de: 'Auslandsportal – nationales Visum',
    en: 'Consular Services Portal – national visa',
    fr: 'Portail consulaire allemand (Auslandsportal) – visa national',
  },
  country: 'DE',
  origins: ['https://app.digital.diplo.de'],
  paths: ['/myapplications/'],
  formSelector: 'form#apVisaForm',
  steps: [
    { id: 'person', title: { de: 'Persönliche Angaben', en: 'Personal data', fr: 'Données personnelles' }, selector: '#cdk-step-content-0-0:not([hidden])' },
    { id: 'dokument', title: { de: 'Reisedokument', en: 'Travel document', fr: 'Document de voyage' }, selector: '#cdk-step-content-0-1:not([hidden])' },
    { id: 'kontakt', title: { de: 'Kontakt', en: 'Contact', fr: 'Coordonnées' }, selector: '#cdk-step-content-0-2:not([hidden])' },
    { id: 'familie', title: { de: 'Familie', en: 'Family', fr: 'Famille' }, selector: '#cdk-step-content-0-3:not([hidden])' },
    { id: 'aufenthalt', title: { de: 'Aufenthalt', en: 'Stay', fr: 'Séjour' }, selector: '#cdk-step-content-0-4:not([hidden])' },
  ],
  rules: [
    {
      field: 'arbeitgeber-deutschland',
      match: { label: /^Arbeitgeber in Deutschland/ },
      key: null,
      why: '"Arbeitgeber" reads as the employer of the profile, but this is the future employer in Germany named in the job offer.',
    },
    {
      field: 'ausstellender-staat',
      match: { label: /^Ausstellender Staat/ },
      key: null,
      why: '"Ausstellend…" looks like the issuing authority of the passport; this select asks for the issuing state, which the profile does not hold.',
    },
    {
      field: 'vorabzustimmung',
      match: { label: /Vorabzustimmung/ },
      key: null,
      why: 'A case number of the foreigners authority ("Vorgangsnummer"), easy to take for a document number.',
    },
  ],
  explanations: [
    {
      field: 'arbeitgeber-deutschland',
      what: {
        de: 'Der Name der Firma in Deutschland, bei der Sie arbeiten werden. Er steht im Arbeitsvertrag oder im Jobangebot.',
        en: 'The name of the company in Germany you will work for. It is in your work contract or job offer.',
        fr: "Le nom de l'entreprise en Allemagne pour laquelle vous allez travailler. Il figure dans votre contrat ou votre offre d'emploi.",
        'de-simple': 'Bei welcher Firma in Deutschland werden Sie arbeiten? Schreiben Sie den Namen von der Firma. Der Name steht in Ihrem Arbeitsvertrag.',
      },
      why: {
        de: 'Für ein Visum zur Arbeit prüft die Behörde Ihre Stelle in Deutschland.',
        en: 'For a work visa the authority checks your job in Germany.',
        fr: "Pour un visa de travail, l'administration vérifie votre emploi en Allemagne.",
        'de-simple': 'Sie wollen in Deutschland arbeiten. Das Amt prüft darum Ihre neue Arbeit.',
      },
      source: 'https://www.gesetze-im-internet.de/aufenthg_2004/__18g.html',
    },
    {
      field: 'ausstellender-staat',
      what: {
        de: 'Der Staat, der Ihren Pass ausgestellt hat. Meist ist das Ihr Heimatstaat.',
        en: 'The country that issued your passport. Usually this is your home country.',
        fr: 'Le pays qui a délivré votre passeport. Le plus souvent, c\'est votre pays d\'origine.',
        'de-simple': 'Welches Land hat Ihnen den Pass gegeben? Wählen Sie dieses Land. Meistens ist das Ihr Heimatland.',
      },
      source: 'https://digital.diplo.de/visa',
    },
    {
      field: 'vorabzustimmung',
      what: {
        de: 'Hat die Ausländerbehörde schon vorab zugestimmt? Dann steht die Nummer des Vorgangs auf ihrem Schreiben. Sonst bleibt das Feld leer.',
        en: 'Has the foreigners authority already given its prior approval? Then its letter shows the case number. Otherwise leave the field empty.',
        fr: "Le service des étrangers a-t-il déjà donné son accord préalable ? Le numéro de dossier figure alors sur son courrier. Sinon, laissez le champ vide.",
        'de-simple': 'Manchmal sagt die Ausländerbehörde schon vorher ja. Dann bekommen Sie einen Brief. Auf dem Brief steht eine Nummer. Schreiben Sie diese Nummer hier hin. Sie haben keinen Brief? Dann lassen Sie das Feld leer.',
      },
      source: AUFENTHV_31,
    },
  ],
  help: [
    {
      title: { de: 'Visum beantragen im Auslandsportal', en: 'Applying for a visa in the Consular Services Portal', fr: 'Demander un visa sur le portail consulaire' },
      url: 'https://digital.diplo.de/visa',
    },
    {
      title: { de: 'Das Auslandsportal erklärt', en: 'The Consular Services Portal explained', fr: 'Le portail consulaire expliqué' },
      url: 'https://www.auswaertiges-amt.de/en/visa-service/consular-services-portal',
    },
  ],
  fixtures: [
    {
      url: 'https://app.digital.diplo.de/myapplications/new/national-visa',
      file: 'portals/de-auslandsportal.nationalvisum.html',
      source: 'Antrag auf Erteilung eines nationalen Visums (Auswärtiges Amt, VIDEX-national) as the Consular Services Portal asks it',
    },
  ],
});
