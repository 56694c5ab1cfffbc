// askExplain against the real proxy (proxy/testing/harness.ts: the production app on 127.0.0.1, in
// front of a fake Mistral): the wire format both sides speak, the token, the rate limit, upstream
// failures; and what the language model finally receives holds no value of the profile.
import { afterEach, describe, expect, it } from 'vitest';
import { askExplain, type AssistantEvent, type ExplainQuestion } from '@/lib/assistant/client';
import { createAnswerCache } from '@/lib/assistant/cache';
import { ownValuesOf } from '@/lib/assistant/redact-profile';
import type { AssistantSettings } from '@/lib/assistant/settings';
import { startTestProxy, type TestProxy } from '../../../proxy/testing/harness';
import { findLeaks } from '../vault/encodings';
import { SECRETS, TEST_PROFILE } from './profile';

const OWN = ownValuesOf(TEST_PROFILE);
const QUESTION: ExplainQuestion = {
  label: 'Kontoinhaber (Wendelgard Ottmann-Zöllner)',
  help: 'Wir überweisen auf DE89 3704 0044 0532 0130 00. Bei Fragen: 03943 654321 oder wendelgard.ottmann@example.org. Geboren 14. August 1979 in Halberstadt.',
  portalId: 'de-videx',
  lang: 'de',
};
const TOKEN = 'operator-token-0123456789abcdef';

let proxy: TestProxy | null = null;
afterEach(async () => {
  await proxy?.close();
  proxy = null;
});

async function ask(settings: AssistantSettings, question = QUESTION) {
  const deps = { isGranted: async () => true, cache: createAnswerCache() };
  let text = '';
  let last: AssistantEvent | undefined;
  for await (const event of askExplain(question, OWN, settings, new AbortController().signal, deps)) {
    if (event.kind === 'text') text += event.text;
    else last = event;
  }
  return { text, last };
}

describe('askExplain against the real proxy', () => {
  it('streams the answer, and the language model receives no value of the profile', async () => {
    proxy = await startTestProxy();
    proxy.fake.script({ kind: 'answer', text: 'Tragen Sie hier den Namen der Person ein, der das Konto gehört.' });
    const result = await ask({ enabled: true, proxyUrl: proxy.url });
    expect(result).toEqual({ text: 'Tragen Sie hier den Namen der Person ein, der das Konto gehört.', last: { kind: 'done', cached: false } });
    expect(proxy.fake.received).toHaveLength(1);
    const upstream = JSON.stringify(proxy.fake.received[0]!.body);
    expect(upstream).toContain('[IBAN]'); // the help text did arrive, redacted
    expect(upstream).toContain('[NAME]');
    expect(findLeaks(upstream, SECRETS)).toEqual([]);
  });

  it('sends the token the operator requires, and says so when it is wrong', async () => {
    proxy = await startTestProxy({ PROXY_TOKEN: TOKEN });
    expect((await ask({ enabled: true, proxyUrl: proxy.url, token: TOKEN })).last).toEqual({ kind: 'done', cached: false });
    expect((await ask({ enabled: true, proxyUrl: proxy.url, token: 'wrong-token-0123456789abcdef' })).last).toEqual({ kind: 'failed', failure: { code: 'unauthorized' } });
    expect((await ask({ enabled: true, proxyUrl: proxy.url })).last).toEqual({ kind: 'failed', failure: { code: 'unauthorized' } });
  });

  it('reports the rate limit with the wait the proxy names', async () => {
    proxy = await startTestProxy({ RATE_LIMIT_POINTS: '1', RATE_LIMIT_WINDOW_S: '60' });
    expect((await ask({ enabled: true, proxyUrl: proxy.url })).last?.kind).toBe('done');
    const limited = (await ask({ enabled: true, proxyUrl: proxy.url })).last;
    expect(limited).toMatchObject({ kind: 'failed', failure: { code: 'rate-limited' } });
    expect(limited?.kind === 'failed' && limited.failure.retryAfterS).toBeGreaterThan(0);
  });

  it('reports upstream failures before and during the stream as a server failure', async () => {
    proxy = await startTestProxy({ UPSTREAM_RETRIES: '0' });
    proxy.fake.script({ kind: 'status', status: 500 });
    expect((await ask({ enabled: true, proxyUrl: proxy.url })).last).toEqual({ kind: 'failed', failure: { code: 'server' } });
    proxy.fake.script({ kind: 'malformed' });
    expect((await ask({ enabled: true, proxyUrl: proxy.url }, { ...QUESTION, label: 'Andere Frage' })).last).toMatchObject({ kind: 'failed' });
  });

  it('cannot reach a proxy that is not there', async () => {
    proxy = await startTestProxy();
    const url = proxy.url;
    await proxy.close();
    proxy = null;
    expect((await ask({ enabled: true, proxyUrl: url })).last).toEqual({ kind: 'failed', failure: { code: 'unreachable' } });
  });
});
