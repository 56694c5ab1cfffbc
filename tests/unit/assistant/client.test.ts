// askExplain against a scripted fetch: nothing leaves while the assistant is off or its origin not
// granted; what leaves is redacted; the stream is read however it is split; every failure ends in a
// typed outcome with a sentence; stop works; answers are cached per portal, field and language.
import { describe, expect, it, vi } from 'vitest';
import { askExplain, type AssistantEvent, type ExplainQuestion } from '@/lib/assistant/client';
import { createAnswerCache } from '@/lib/assistant/cache';
import { ASSISTANT_FAILURES, failureMessage } from '@/lib/assistant/failures';
import { ownValuesOf } from '@/lib/assistant/redact-profile';
import { DEFAULT_SETTINGS, type AssistantSettings } from '@/lib/assistant/settings';
import { findLeaks } from '../vault/encodings';
import { SECRETS, TEST_PROFILE } from './profile';

const ON: AssistantSettings = { enabled: true, proxyUrl: 'https://ki.example.de/', token: 'operator-token-0123456789abcdef' };
const OWN = ownValuesOf(TEST_PROFILE);
const QUESTION: ExplainQuestion = {
  label: 'IBAN von Wendelgard Ottmann-Zöllner',
  help: 'Ihr hinterlegtes Konto: DE89 3704 0044 0532 0130 00 (Wendelgard, geb. 14.08.1979, Tel. 03943/654321, wendelgard.ottmann@example.org).',
  portalId: 'de-videx',
  lang: 'de',
  fieldKey: 'iban',
};

const encoder = new TextEncoder();
const delta = (text: string) => `event: delta\ndata: ${JSON.stringify({ text })}\n\n`;
const DONE = 'event: done\ndata: {"finishReason":"stop"}\n\n';

/** A streamed 200 response delivering `body` in pieces of `size` bytes. */
function sse(body: string, size = 7, headers: Record<string, string> = { 'content-type': 'text/event-stream' }): Response {
  const bytes = encoder.encode(body);
  let at = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (at >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(at, at + size));
      at += size;
    },
  });
  return new Response(stream, { status: 200, headers });
}

function setup(respond: () => Response | Promise<Response>, granted = true) {
  const fetch = vi.fn(async (_url: string | URL | Request, _init?: RequestInit) => respond());
  const isGranted = vi.fn(async () => granted);
  const cache = createAnswerCache();
  return { fetch, isGranted, cache, deps: { fetch: fetch as unknown as typeof globalThis.fetch, isGranted, cache } };
}

async function collect(events: AsyncIterable<AssistantEvent>): Promise<{ text: string; last: AssistantEvent | undefined }> {
  let text = '';
  let last: AssistantEvent | undefined;
  for await (const event of events) {
    if (event.kind === 'text') text += event.text;
    else last = event;
  }
  return { text, last };
}

const ask = (deps: ReturnType<typeof setup>['deps'], settings = ON, question = QUESTION, signal = new AbortController().signal) =>
  collect(askExplain(question, OWN, settings, signal, deps));

describe('nothing is sent', () => {
  it('while the assistant is off (the default)', async () => {
    const s = setup(() => sse(delta('x') + DONE));
    expect((await ask(s.deps, DEFAULT_SETTINGS)).last).toEqual({ kind: 'failed', failure: { code: 'off' } });
    expect((await ask(s.deps, { ...ON, enabled: false })).last).toEqual({ kind: 'failed', failure: { code: 'off' } });
    expect(s.fetch).not.toHaveBeenCalled();
  });

  it('while the proxy origin is not granted', async () => {
    const s = setup(() => sse(delta('x') + DONE), false);
    expect((await ask(s.deps)).last).toEqual({ kind: 'failed', failure: { code: 'not-permitted' } });
    expect(s.isGranted).toHaveBeenCalledWith('https://ki.example.de/*');
    expect(s.fetch).not.toHaveBeenCalled();
  });
});

describe('what is sent', () => {
  it('is the four fields, redacted, to /v1/explain with the token, and no profile value in any encoding', async () => {
    const s = setup(() => sse(delta('Ok') + DONE));
    await ask(s.deps);
    expect(s.fetch).toHaveBeenCalledTimes(1);
    const [url, init] = s.fetch.mock.calls[0]!;
    expect(String(url)).toBe('https://ki.example.de/v1/explain');
    expect(init?.method).toBe('POST');
    expect(init?.credentials).toBe('omit');
    expect(init?.headers).toEqual({ 'content-type': 'application/json', accept: 'text/event-stream', authorization: `Bearer ${ON.token}` });
    const body = JSON.parse(String(init?.body)) as Record<string, string>;
    expect(Object.keys(body).sort()).toEqual(['fieldLabel', 'helpText', 'language', 'portalId']);
    expect(body).toMatchObject({ portalId: 'de-videx', language: 'de' });
    expect(body.fieldLabel).toBe('IBAN von [NAME] [NAME]');
    expect(body.helpText).toContain('Ihr hinterlegtes Konto: [IBAN]');
    expect(findLeaks(String(init?.body), SECRETS)).toEqual([]);
  });

  it('sends "unknown" for a site that is not a portal, and no token header without a token', async () => {
    const s = setup(() => sse(delta('Ok') + DONE));
    await ask(s.deps, { enabled: true, proxyUrl: 'http://127.0.0.1:8787' }, { ...QUESTION, portalId: null });
    const init = s.fetch.mock.calls[0]![1];
    expect(JSON.parse(String(init?.body))).toMatchObject({ portalId: 'unknown' });
    expect(init?.headers).not.toHaveProperty('authorization');
  });
});

describe('the answer stream', () => {
  const ANSWER = ['Hier ', 'tragen Sie ', 'Ihre IBAN ein – 22 Zeichen, ', 'beginnend mit „DE“ ✓.'];
  it.each([1, 2, 3, 5, 13, 64, 4096])('arrives whole in pieces of %i bytes', async (size) => {
    const s = setup(() => sse(`: hi\n\n${ANSWER.map(delta).join('')}${DONE}`, size));
    expect(await ask(s.deps)).toEqual({ text: ANSWER.join(''), last: { kind: 'done', cached: false } });
  });

  it('yields text while it arrives, before the stream ends', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const stream = new ReadableStream<Uint8Array>({
      async start(controller) {
        controller.enqueue(encoder.encode(delta('Erst')));
        await gate;
        controller.enqueue(encoder.encode(delta(' dann') + DONE));
        controller.close();
      },
    });
    const s = setup(() => new Response(stream, { headers: { 'content-type': 'text/event-stream' } }));
    const events = askExplain(QUESTION, OWN, ON, new AbortController().signal, s.deps);
    expect((await events.next()).value).toEqual({ kind: 'text', text: 'Erst' });
    release();
    expect(await collect(events)).toEqual({ text: ' dann', last: { kind: 'done', cached: false } });
  });
});

describe('failures are typed outcomes', () => {
  it.each([
    [new Response('{}', { status: 429, headers: { 'retry-after': '30' } }), { code: 'rate-limited', retryAfterS: 30 }],
    [new Response('{}', { status: 429 }), { code: 'rate-limited' }],
    [new Response('{}', { status: 413 }), { code: 'too-large' }],
    [new Response('{}', { status: 401 }), { code: 'unauthorized' }],
    [new Response('{}', { status: 403 }), { code: 'refused' }],
    [new Response('{}', { status: 400 }), { code: 'rejected' }],
    [new Response('{}', { status: 404 }), { code: 'rejected' }],
    [new Response('{}', { status: 500 }), { code: 'server' }],
    [new Response('{}', { status: 502 }), { code: 'server' }],
    [new Response('{}', { status: 503, headers: { 'retry-after': '5' } }), { code: 'server' }],
    [new Response('{}', { status: 504 }), { code: 'server' }],
    [new Response('{"text":"x"}', { status: 200, headers: { 'content-type': 'application/json' } }), { code: 'malformed' }],
    [sse(delta('Halb')), { code: 'malformed' }], // ends without `done`
    [sse('event: delta\ndata: {"text": kaputt\n\n'), { code: 'malformed' }],
    [sse('event: delta\ndata: {"text": 42}\n\n'), { code: 'malformed' }],
    [sse(delta('x'.repeat(9000)) + DONE), { code: 'malformed' }], // far longer than any answer
    [sse(`${delta('Halb')}event: error\ndata: {"error":{"code":"upstream_timeout","message":"…"}}\n\n`), { code: 'server' }],
  ])('%#: %o', async (response, failure) => {
    const s = setup(() => response);
    expect((await ask(s.deps)).last).toEqual({ kind: 'failed', failure });
  });

  it('an unreachable proxy', async () => {
    const s = setup(() => Promise.reject(new TypeError('fetch failed')));
    expect((await ask(s.deps)).last).toEqual({ kind: 'failed', failure: { code: 'unreachable' } });
  });

  it('each has a sentence in de, en and fr', () => {
    for (const code of ASSISTANT_FAILURES) {
      for (const lang of ['de', 'en', 'fr'] as const) expect(failureMessage({ code }, lang)).toMatch(/^[A-ZÀ-Ü].{30,}[.!]$/);
    }
    expect(failureMessage({ code: 'rate-limited', retryAfterS: 30 }, 'de')).toContain('30 Sekunden');
    expect(failureMessage({ code: 'rate-limited', retryAfterS: 300 }, 'fr')).toContain('5 minutes');
  });
});

describe('stop', () => {
  it('ends a running answer as stopped and releases the connection', async () => {
    const controller = new AbortController();
    const cancelled = vi.fn();
    const s = setup(() => {
      const stream = new ReadableStream<Uint8Array>({
        start(c) {
          c.enqueue(encoder.encode(delta('Erst')));
          controller.signal.addEventListener('abort', () => c.error(new DOMException('aborted', 'AbortError')));
        },
        cancel: cancelled,
      });
      return new Response(stream, { headers: { 'content-type': 'text/event-stream' } });
    });
    const events = askExplain(QUESTION, OWN, ON, controller.signal, s.deps);
    expect((await events.next()).value).toEqual({ kind: 'text', text: 'Erst' });
    controller.abort();
    expect(await collect(events)).toEqual({ text: '', last: { kind: 'stopped' } });
  });

  it('before the request is answered', async () => {
    const controller = new AbortController();
    const s = setup(() => {
      controller.abort();
      return Promise.reject(new DOMException('aborted', 'AbortError'));
    });
    expect((await ask(s.deps, ON, QUESTION, controller.signal)).last).toEqual({ kind: 'stopped' });
  });
});

describe('cache', () => {
  it('answers the same field, portal and language again without asking the proxy', async () => {
    const s = setup(() => sse(delta('Antwort') + DONE));
    expect(await ask(s.deps)).toEqual({ text: 'Antwort', last: { kind: 'done', cached: false } });
    expect(await ask(s.deps)).toEqual({ text: 'Antwort', last: { kind: 'done', cached: true } });
    expect(s.fetch).toHaveBeenCalledTimes(1);
    await ask(s.deps, ON, { ...QUESTION, lang: 'fr' });
    await ask(s.deps, ON, { ...QUESTION, portalId: 'fr-ants' });
    await ask(s.deps, ON, { ...QUESTION, fieldKey: null, label: 'Kontoinhaber' });
    expect(s.fetch).toHaveBeenCalledTimes(4);
  });

  it('keeps no failed answer', async () => {
    let fail = true;
    const s = setup(() => (fail ? sse(delta('Halb')) : sse(delta('Ganz') + DONE)));
    expect((await ask(s.deps)).last?.kind).toBe('failed');
    fail = false;
    expect(await ask(s.deps)).toEqual({ text: 'Ganz', last: { kind: 'done', cached: false } });
    expect(s.cache.size).toBe(1);
  });

  it('forgets the least recently used answers beyond its bound', () => {
    const cache = createAnswerCache(2);
    const key = (label: string) => ({ portalId: 'p', lang: 'de', fieldKey: null, label, help: '' });
    cache.set(key('a'), 'A');
    cache.set(key('b'), 'B');
    expect(cache.get(key('a'))).toBe('A'); // a is now the most recent
    cache.set(key('c'), 'C');
    expect([cache.get(key('a')), cache.get(key('b')), cache.get(key('c'))]).toEqual(['A', undefined, 'C']);
  });
});
