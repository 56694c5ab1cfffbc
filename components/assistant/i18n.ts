// The assistant's UI texts in de, en and fr. The consent text names exactly what is sent and what
// never is; keep it in step with lib/assistant/client.ts explainBody (a unit test checks the four
// things sent are named in every language).
import type { ProxyUrlProblem } from '@/lib/assistant/settings';

export type AssistantUiLang = 'de' | 'en' | 'fr';

/** The panel's "Einfache Sprache" uses the German texts. */
export function uiLangOf(lang: string): AssistantUiLang {
  return lang === 'en' || lang === 'fr' ? lang : 'de';
}

interface Texts {
  title: string;
  intro: string;
  consentSentHeading: string;
  consentSent: string[];
  consentNeverHeading: string;
  consentNever: string[];
  consentHow: string;
  proxyUrl: string;
  proxyUrlHint: string;
  token: string;
  tokenHint: string;
  switchLabel: string;
  stateOn: string;
  stateOff: string;
  denied: string;
  permissionMissing: string;
  lockedWhileOn: string;
  working: string;
  urlProblems: Record<ProxyUrlProblem, string>;
  ask: string;
  askAgain: string;
  stop: string;
  aiMark: string;
  aiCaveat: string;
  answering: string;
  stopped: string;
  vaultLocked: string;
  vaultUnavailable: string;
  sentHeading: string;
  /** Short names of the four things sent, in the order of consentSent. */
  sentTerms: [string, string, string, string];
}

const de: Texts = {
  title: 'KI-Assistent (freiwillig)',
  intro: 'Manche Fragen zu einem Feld beantworten unsere Erklärungen nicht. Dann können Sie eine KI fragen – über einen Dienst, den ein Betreiber (Ihre Gemeinde, Ihr Land oder wir) für Formlotse betreibt. Der Assistent ist ausgeschaltet, bis Sie ihn hier einschalten.',
  consentSentHeading: 'Gesendet wird nur, wenn Sie bei einem Feld auf „KI fragen“ klicken, und nur:',
  consentSent: ['die Beschriftung des Feldes,', 'der Hilfetext der Seite zu diesem Feld,', 'die Kennung des Portals (z. B. „de-videx“),', 'die Sprache der Antwort.'],
  consentNeverHeading: 'Nie gesendet werden:',
  consentNever: ['die Angaben aus Ihrem Profil,', 'alles, was Sie in das Formular eingetragen haben.'],
  consentHow: 'Vor dem Senden entfernt Formlotse aus Beschriftung und Hilfetext jeden Wert Ihres Profils und alles, was nach persönlichen Daten aussieht (IBAN, E-Mail-Adressen, Telefonnummern, Daten, Ausweis- und Steuernummern). Der Dienst gibt die Frage an ein Sprachmodell (Mistral) weiter.',
  proxyUrl: 'Adresse des KI-Dienstes',
  proxyUrlHint: 'Beginnt mit https://. Nur für einen Dienst auf diesem Rechner auch http://127.0.0.1 oder http://localhost.',
  token: 'Zugangsschlüssel (nur wenn der Betreiber einen vorgibt)',
  tokenHint: 'Leer lassen, wenn Sie keinen bekommen haben.',
  switchLabel: 'KI-Assistent einschalten',
  stateOn: 'Eingeschaltet. Formlotse fragt {origin} nur, wenn Sie bei einem Feld auf „KI fragen“ klicken.',
  stateOff: 'Ausgeschaltet. Formlotse sendet nichts an einen KI-Dienst.',
  denied: 'Sie haben den Zugriff auf {origin} nicht erlaubt, daher bleibt der Assistent ausgeschaltet. Um ihn zu nutzen, schalten Sie ihn erneut ein und wählen Sie in der Frage des Browsers „Zulassen“.',
  permissionMissing: 'Der Zugriff auf {origin} wurde im Browser entfernt. Schalten Sie den Assistenten aus und wieder ein, um ihn erneut zu erlauben.',
  lockedWhileOn: 'Um Adresse oder Schlüssel zu ändern, schalten Sie den Assistenten zuerst aus.',
  working: 'Einen Moment…',
  urlProblems: {
    empty: 'Bitte geben Sie die Adresse des KI-Dienstes ein.',
    invalid: 'Das ist keine gültige Adresse. Sie beginnt mit https://, zum Beispiel https://ki.example.de.',
    insecure: 'Diese Adresse ist unverschlüsselt (http). Nehmen Sie eine Adresse mit https:// – http ist nur für 127.0.0.1 oder localhost erlaubt.',
    credentials: 'Die Adresse darf keinen Benutzernamen und kein Passwort enthalten. Einen Zugangsschlüssel tragen Sie im Feld darunter ein.',
    query: 'Die Adresse darf kein „?“ und kein „#“ enthalten. Nehmen Sie nur die Adresse, die der Betreiber nennt.',
  },
  ask: 'KI zu diesem Feld fragen',
  askAgain: 'Erneut fragen',
  stop: 'Anhalten',
  aiMark: 'Antwort der KI',
  aiCaveat: 'Kann Fehler enthalten. Verbindlich ist, was die Behörde schreibt.',
  answering: 'Die KI antwortet…',
  stopped: 'Angehalten.',
  vaultLocked: 'Entsperren Sie zuerst Ihr Profil. Formlotse braucht es, um Ihre eigenen Angaben aus dem Seitentext zu entfernen, bevor gefragt wird.',
  vaultUnavailable: 'Formlotse konnte Ihr Profil gerade nicht lesen und fragt deshalb nicht. Bitte versuchen Sie es erneut.',
  sentHeading: 'Was gesendet wurde',
  sentTerms: ['Beschriftung', 'Hilfetext', 'Portal', 'Sprache'],
};

const en: Texts = {
  title: 'AI assistant (optional)',
  intro: 'Some questions about a field go beyond our explanations. Then you can ask an AI, through a service that an operator (your municipality, your state, or us) runs for Formlotse. The assistant stays off until you switch it on here.',
  consentSentHeading: 'Something is sent only when you click “Ask AI” on a field, and only:',
  consentSent: ['the field’s label,', 'the page’s help text for that field,', 'the portal’s id (e.g. “de-videx”),', 'the language of the answer.'],
  consentNeverHeading: 'Never sent:',
  consentNever: ['the details in your profile,', 'anything you typed into the form.'],
  consentHow: 'Before sending, Formlotse removes from the label and help text every value of your profile and anything that looks like personal data (IBANs, e-mail addresses, phone numbers, dates, ID and tax numbers). The service passes the question on to a language model (Mistral).',
  proxyUrl: 'Address of the AI service',
  proxyUrlHint: 'Starts with https://. Only for a service on this computer also http://127.0.0.1 or http://localhost.',
  token: 'Access token (only if the operator gives you one)',
  tokenHint: 'Leave empty if you did not get one.',
  switchLabel: 'Switch the AI assistant on',
  stateOn: 'On. Formlotse asks {origin} only when you click “Ask AI” on a field.',
  stateOff: 'Off. Formlotse sends nothing to any AI service.',
  denied: 'You did not allow access to {origin}, so the assistant stays off. To use it, switch it on again and choose “Allow” when the browser asks.',
  permissionMissing: 'Access to {origin} was removed in the browser. Switch the assistant off and on again to allow it again.',
  lockedWhileOn: 'To change the address or token, switch the assistant off first.',
  working: 'One moment…',
  urlProblems: {
    empty: 'Please enter the address of the AI service.',
    invalid: 'This is not a valid address. It starts with https://, for example https://ai.example.org.',
    insecure: 'This address is not encrypted (http). Use an address starting with https:// – http is allowed only for 127.0.0.1 or localhost.',
    credentials: 'The address must not contain a user name or password. Enter an access token in the field below instead.',
    query: 'The address must not contain “?” or “#”. Use just the address the operator gives.',
  },
  ask: 'Ask AI about this field',
  askAgain: 'Ask again',
  stop: 'Stop',
  aiMark: 'Answered by AI',
  aiCaveat: 'May contain mistakes. What the authority writes is binding.',
  answering: 'The AI is answering…',
  stopped: 'Stopped.',
  vaultLocked: 'Unlock your profile first. Formlotse needs it to remove your own details from the page text before asking.',
  vaultUnavailable: 'Formlotse could not read your profile just now, so it does not ask. Please try again.',
  sentHeading: 'What was sent',
  sentTerms: ['Label', 'Help text', 'Portal', 'Language'],
};

const fr: Texts = {
  title: 'Assistant IA (facultatif)',
  intro: 'Certaines questions sur un champ dépassent nos explications. Vous pouvez alors interroger une IA, via un service qu’un opérateur (votre commune, votre région ou nous) exploite pour Formlotse. L’assistant reste désactivé tant que vous ne l’activez pas ici.',
  consentSentHeading: 'Un envoi n’a lieu que lorsque vous cliquez sur « Demander à l’IA » pour un champ, et seulement :',
  consentSent: ['l’intitulé du champ,', 'le texte d’aide de la page pour ce champ,', 'l’identifiant du portail (p. ex. « de-videx »),', 'la langue de la réponse.'],
  consentNeverHeading: 'Jamais envoyés :',
  consentNever: ['les données de votre profil,', 'ce que vous avez saisi dans le formulaire.'],
  consentHow: 'Avant l’envoi, Formlotse retire de l’intitulé et du texte d’aide chaque valeur de votre profil et tout ce qui ressemble à des données personnelles (IBAN, adresses électroniques, numéros de téléphone, dates, numéros d’identité et fiscaux). Le service transmet la question à un modèle de langage (Mistral).',
  proxyUrl: 'Adresse du service IA',
  proxyUrlHint: 'Commence par https://. Pour un service sur cet ordinateur uniquement, aussi http://127.0.0.1 ou http://localhost.',
  token: 'Jeton d’accès (seulement si l’opérateur vous en fournit un)',
  tokenHint: 'Laissez vide si vous n’en avez pas reçu.',
  switchLabel: 'Activer l’assistant IA',
  stateOn: 'Activé. Formlotse interroge {origin} seulement lorsque vous cliquez sur « Demander à l’IA » pour un champ.',
  stateOff: 'Désactivé. Formlotse n’envoie rien à aucun service IA.',
  denied: 'Vous n’avez pas autorisé l’accès à {origin} : l’assistant reste donc désactivé. Pour l’utiliser, activez-le à nouveau et choisissez « Autoriser » lorsque le navigateur le demande.',
  permissionMissing: 'L’accès à {origin} a été retiré dans le navigateur. Désactivez puis réactivez l’assistant pour l’autoriser à nouveau.',
  lockedWhileOn: 'Pour modifier l’adresse ou le jeton, désactivez d’abord l’assistant.',
  working: 'Un instant…',
  urlProblems: {
    empty: 'Veuillez saisir l’adresse du service IA.',
    invalid: 'Cette adresse n’est pas valide. Elle commence par https://, par exemple https://ia.example.fr.',
    insecure: 'Cette adresse n’est pas chiffrée (http). Utilisez une adresse en https:// – http n’est permis que pour 127.0.0.1 ou localhost.',
    credentials: 'L’adresse ne doit contenir ni nom d’utilisateur ni mot de passe. Saisissez plutôt un jeton d’accès dans le champ ci-dessous.',
    query: 'L’adresse ne doit contenir ni « ? » ni « # ». Utilisez seulement l’adresse donnée par l’opérateur.',
  },
  ask: 'Demander à l’IA à propos de ce champ',
  askAgain: 'Redemander',
  stop: 'Arrêter',
  aiMark: 'Réponse de l’IA',
  aiCaveat: 'Peut contenir des erreurs. Ce qu’écrit l’administration fait foi.',
  answering: 'L’IA répond…',
  stopped: 'Arrêté.',
  vaultLocked: 'Déverrouillez d’abord votre profil. Formlotse en a besoin pour retirer vos propres données du texte de la page avant de demander.',
  vaultUnavailable: 'Formlotse n’a pas pu lire votre profil pour l’instant et ne demande donc rien. Veuillez réessayer.',
  sentHeading: 'Ce qui a été envoyé',
  sentTerms: ['Intitulé', 'Texte d’aide', 'Portail', 'Langue'],
};

export const ASSISTANT_TEXTS: Record<AssistantUiLang, Texts> = { de, en, fr };
