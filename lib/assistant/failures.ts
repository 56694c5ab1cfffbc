// What can go wrong when asking the assistant, as typed codes, each with one sentence per language
// that tells the citizen what happened and what to do (STYLE: typed outcomes, sentences to act on).
// The proxy's own error codes (proxy/errors.ts) map onto these.

export const ASSISTANT_FAILURES = [
  'off',            // the assistant is switched off: nothing was sent
  'not-permitted',  // the proxy's origin permission is missing (removed in the browser's settings)
  'unreachable',    // no connection to the proxy (offline, wrong URL, proxy down)
  'rate-limited',   // 429
  'too-large',      // 413: the page's help text is too long for this proxy
  'unauthorized',   // 401: the token is missing or wrong
  'refused',        // 403: the proxy does not allow this extension (ALLOWED_EXTENSION_IDS)
  'rejected',       // 400/404/415: the proxy does not speak this version of the API
  'server',         // 5xx, or an error event in the stream: the proxy or the language model failed
  'malformed',      // the answer is not the event stream we expect, or it broke off
] as const;

export type AssistantFailureCode = (typeof ASSISTANT_FAILURES)[number];

export interface AssistantFailure {
  code: AssistantFailureCode;
  /** Seconds to wait, from Retry-After, when the proxy says so. */
  retryAfterS?: number;
}

export type MessageLang = 'de' | 'en' | 'fr';

const MESSAGES: Record<AssistantFailureCode, Record<MessageLang, string>> = {
  off: {
    de: 'Der KI-Assistent ist ausgeschaltet. Sie können ihn in den Einstellungen von Formlotse einschalten.',
    en: 'The AI assistant is switched off. You can switch it on in the Formlotse settings.',
    fr: 'L’assistant IA est désactivé. Vous pouvez l’activer dans les paramètres de Formlotse.',
  },
  'not-permitted': {
    de: 'Formlotse darf den KI-Dienst nicht mehr erreichen. Schalten Sie den Assistenten in den Einstellungen aus und wieder ein und erlauben Sie den Zugriff.',
    en: 'Formlotse may no longer reach the AI service. Switch the assistant off and on again in the settings and allow the access.',
    fr: 'Formlotse n’a plus le droit de joindre le service IA. Désactivez puis réactivez l’assistant dans les paramètres et autorisez l’accès.',
  },
  unreachable: {
    de: 'Der KI-Dienst ist nicht erreichbar. Prüfen Sie Ihre Internetverbindung und die Adresse des Dienstes in den Einstellungen und versuchen Sie es erneut.',
    en: 'The AI service cannot be reached. Check your internet connection and the service address in the settings, then try again.',
    fr: 'Le service IA est injoignable. Vérifiez votre connexion Internet et l’adresse du service dans les paramètres, puis réessayez.',
  },
  'rate-limited': {
    de: 'Der KI-Dienst hat gerade zu viele Anfragen. Bitte warten Sie {wait} und fragen Sie dann erneut.',
    en: 'The AI service has too many requests right now. Please wait {wait} and ask again.',
    fr: 'Le service IA reçoit trop de demandes en ce moment. Patientez {wait}, puis redemandez.',
  },
  'too-large': {
    de: 'Der Hilfetext dieser Seite ist zu lang für den KI-Dienst. Die Erklärung von Formlotse oben gilt weiterhin.',
    en: 'This page’s help text is too long for the AI service. Formlotse’s own explanation above still applies.',
    fr: 'Le texte d’aide de cette page est trop long pour le service IA. L’explication de Formlotse ci-dessus reste valable.',
  },
  unauthorized: {
    de: 'Der KI-Dienst verlangt einen gültigen Zugangsschlüssel. Tragen Sie in den Einstellungen den Schlüssel ein, den Ihnen der Betreiber gegeben hat.',
    en: 'The AI service needs a valid access token. Enter the token the operator gave you in the settings.',
    fr: 'Le service IA exige un jeton d’accès valide. Saisissez dans les paramètres le jeton fourni par l’opérateur.',
  },
  refused: {
    de: 'Der KI-Dienst nimmt keine Anfragen von dieser Erweiterung an. Bitten Sie den Betreiber, Formlotse freizuschalten, oder wählen Sie einen anderen Dienst.',
    en: 'The AI service does not accept requests from this extension. Ask the operator to allow Formlotse, or choose another service.',
    fr: 'Le service IA n’accepte pas les demandes de cette extension. Demandez à l’opérateur d’autoriser Formlotse ou choisissez un autre service.',
  },
  rejected: {
    de: 'Der KI-Dienst versteht diese Anfrage nicht; vermutlich passt seine Version nicht zu Formlotse. Prüfen Sie die Adresse in den Einstellungen.',
    en: 'The AI service does not understand this request; its version probably does not match Formlotse. Check the address in the settings.',
    fr: 'Le service IA ne comprend pas cette demande ; sa version ne correspond sans doute pas à Formlotse. Vérifiez l’adresse dans les paramètres.',
  },
  server: {
    de: 'Beim KI-Dienst ist ein Fehler aufgetreten. Bitte versuchen Sie es in einigen Minuten erneut.',
    en: 'The AI service ran into an error. Please try again in a few minutes.',
    fr: 'Le service IA a rencontré une erreur. Veuillez réessayer dans quelques minutes.',
  },
  malformed: {
    de: 'Die Antwort des KI-Dienstes kam unvollständig oder beschädigt an. Bitte fragen Sie erneut.',
    en: 'The AI service’s answer arrived incomplete or damaged. Please ask again.',
    fr: 'La réponse du service IA est arrivée incomplète ou endommagée. Veuillez redemander.',
  },
};

const WAIT: Record<MessageLang, (s: number | undefined) => string> = {
  de: (s) => (s === undefined ? 'einen Moment' : s < 90 ? `${s} Sekunden` : `${Math.ceil(s / 60)} Minuten`),
  en: (s) => (s === undefined ? 'a moment' : s < 90 ? `${s} seconds` : `${Math.ceil(s / 60)} minutes`),
  fr: (s) => (s === undefined ? 'un instant' : s < 90 ? `${s} secondes` : `${Math.ceil(s / 60)} minutes`),
};

export function failureMessage(failure: AssistantFailure, lang: MessageLang): string {
  return MESSAGES[failure.code][lang].replace('{wait}', WAIT[lang](failure.retryAfterS));
}

/** The failure an HTTP status (before any event) means. */
export function failureOfStatus(status: number, retryAfter: string | null): AssistantFailure {
  if (status === 429) {
    const seconds = Number(retryAfter);
    return Number.isFinite(seconds) && seconds >= 0 && retryAfter !== null && retryAfter.trim() !== '' ? { code: 'rate-limited', retryAfterS: Math.ceil(seconds) } : { code: 'rate-limited' };
  }
  if (status === 413) return { code: 'too-large' };
  if (status === 401) return { code: 'unauthorized' };
  if (status === 403) return { code: 'refused' };
  if (status >= 500) return { code: 'server' };
  if (status >= 400) return { code: 'rejected' };
  return { code: 'malformed' }; // a 1xx/2xx/3xx that is not our event stream
}
