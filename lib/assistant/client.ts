// Asks the operator's proxy to explain one form field (POST /v1/explain, answered as server-sent
// events: `delta` {"text"} …, then `done`, or `error` {"error":{code,message}}; proxy/routes.ts).
// Only when the user switched the assistant on and granted the proxy's origin; only the field's
// label, the page's help for it, the portal id and the language, each redacted first (./redact-profile.ts).
// Yields the answer in pieces as they arrive, then exactly one closing event.
import { browser } from 'wxt/browser';
import { sharedAnswerCache, type AnswerCache } from './cache';
import { failureOfStatus, type AssistantFailure } from './failures';
import { redactorFor, type OwnValue } from './redact-profile';
import { checkProxyUrl, explainUrlOf, permissionPatternOf, type AssistantSettings } from './settings';
import { SseParser } from './sse';

export type AssistantLang = 'de' | 'en' | 'fr' | 'de-simple';

export interface ExplainQuestion {
  /** The field's label as the page words it. */
  label: string;
  /** The page's own help for the field, as text (never markup). */
  help: string;
  /** The portal id (lib/portals), or null on a site that is not a known portal. */
  portalId: string | null;
  lang: AssistantLang;
  /** The field's vocabulary key, when classified: part of the cache key only, never sent. */
  fieldKey?: string | null;
}

export type AssistantEvent =
  | { kind: 'text'; text: string }
  | { kind: 'done'; cached: boolean }
  | { kind: 'failed'; failure: AssistantFailure }
  /** The signal aborted (the user pressed stop, or the field was closed). */
  | { kind: 'stopped' };

export interface ClientDeps {
  fetch?: typeof fetch;
  cache?: AnswerCache;
  /** Whether the host permission for `pattern` is granted (default: browser.permissions.contains). */
  isGranted?: (pattern: string) => Promise<boolean>;
}

/** The proxy's limits (proxy/schemas.ts): cut here rather than be refused there. */
export const MAX_LABEL_CHARS = 300;
export const MAX_HELP_CHARS = 4000;
/** An answer is at most ~150 words (the proxy's prompt); far more means a broken or hostile stream. */
const MAX_ANSWER_CHARS = 8000;
const PORTAL_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

const defaultGranted = (pattern: string) => browser.permissions.contains({ origins: [pattern] }).catch(() => false);

/** The request body exactly as it is sent: nothing else ever leaves. Exported for tests of what is sent. */
export function explainBody(question: ExplainQuestion, own: readonly OwnValue[]) {
  const redact = redactorFor(own);
  const label = redact(question.label.trim()).slice(0, MAX_LABEL_CHARS).trim() || '[VALUE]';
  const help = redact(question.help.trim()).slice(0, MAX_HELP_CHARS);
  const portalId = question.portalId && PORTAL_ID.test(question.portalId) ? question.portalId : 'unknown';
  return { fieldLabel: label, helpText: help, portalId, language: question.lang };
}

function failed(failure: AssistantFailure): AssistantEvent {
  return { kind: 'failed', failure };
}

/** The proxy's error code inside an `error` event, as one of ours. */
function failureOfStreamError(data: string): AssistantFailure {
  try {
    const code = (JSON.parse(data) as { error?: { code?: unknown } }).error?.code;
    if (code === 'rate_limited') return { code: 'rate-limited' };
  } catch {
    return { code: 'malformed' };
  }
  return { code: 'server' };
}

export async function* askExplain(
  question: ExplainQuestion,
  profileValues: readonly OwnValue[],
  settings: AssistantSettings,
  signal: AbortSignal,
  deps: ClientDeps = {},
): AsyncGenerator<AssistantEvent, void, undefined> {
  // `return yield event` ends the answer with that one closing event.
  const checked = checkProxyUrl(settings.proxyUrl);
  if (!settings.enabled || !checked.ok) return yield failed({ code: 'off' });
  if (!(await (deps.isGranted ?? defaultGranted)(permissionPatternOf(checked.url)))) return yield failed({ code: 'not-permitted' });

  const body = explainBody(question, profileValues);
  const cache = deps.cache ?? sharedAnswerCache();
  const cacheKey = { portalId: body.portalId, lang: body.language, fieldKey: question.fieldKey ?? null, label: body.fieldLabel, help: body.helpText };
  const known = cache.get(cacheKey);
  if (known !== undefined) {
    yield { kind: 'text', text: known };
    return yield { kind: 'done', cached: true };
  }
  if (signal.aborted) return yield { kind: 'stopped' };

  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'text/event-stream' };
  if (settings.token) headers.authorization = `Bearer ${settings.token}`;
  let response: Response;
  try {
    response = await (deps.fetch ?? fetch)(explainUrlOf(checked.url), {
      method: 'POST',
      headers,
      body: JSON.stringify(body),
      signal,
      credentials: 'omit', // no cookies of the operator's site ride along
      cache: 'no-store',
      referrerPolicy: 'no-referrer',
    });
  } catch {
    return yield signal.aborted ? { kind: 'stopped' } : failed({ code: 'unreachable' });
  }
  if (!response.ok) {
    void response.body?.cancel().catch(() => undefined);
    return yield failed(failureOfStatus(response.status, response.headers.get('retry-after')));
  }
  const type = response.headers.get('content-type') ?? '';
  if (!type.toLowerCase().startsWith('text/event-stream') || !response.body) {
    void response.body?.cancel().catch(() => undefined);
    return yield failed({ code: 'malformed' });
  }

  const reader = response.body.getReader();
  const parser = new SseParser();
  let answer = '';
  try {
    for (;;) {
      let chunk: ReadableStreamReadResult<Uint8Array>;
      try {
        chunk = await reader.read();
      } catch {
        return yield signal.aborted ? { kind: 'stopped' } : failed({ code: 'malformed' });
      }
      if (chunk.done) {
        parser.end();
        return yield signal.aborted ? { kind: 'stopped' } : failed({ code: 'malformed' }); // ended without `done`
      }
      for (const event of parser.push(chunk.value)) {
        if (event.event === 'error') return yield failed(failureOfStreamError(event.data));
        if (event.event === 'done') {
          cache.set(cacheKey, answer);
          return yield { kind: 'done', cached: false };
        }
        if (event.event !== 'delta') continue; // a later proxy may add events; ignore what we do not know
        let text: unknown;
        try {
          text = (JSON.parse(event.data) as { text?: unknown }).text;
        } catch {
          return yield failed({ code: 'malformed' });
        }
        if (typeof text !== 'string') return yield failed({ code: 'malformed' });
        answer += text;
        if (answer.length > MAX_ANSWER_CHARS) return yield failed({ code: 'malformed' });
        if (text !== '') yield { kind: 'text', text };
      }
    }
  } finally {
    // Stopped, failed, done, or the consumer left the loop: release the connection.
    void reader.cancel().catch(() => undefined);
  }
}
