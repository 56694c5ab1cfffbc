// The proxy speaks Mistral's wire format without the SDK on its request path (see
// proxy/mistral-http.ts for why). These tests hold it to the SDK: the bytes we send are the bytes the
// SDK would send for the same request, and the fake upstream's answers parse with the SDK's schemas,
// so the fake used everywhere else is a faithful stand-in.
import { chatCompletionRequestToJSON, chatCompletionResponseFromJSON, completionChunkFromJSON } from '@mistralai/mistralai/models/components';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPLAIN_BODY, SIMPLIFY_BODY, postJson, readSse, startTestProxy, type TestProxy } from '../../../proxy/testing/harness.ts';
import { explainMessages } from '../../../proxy/prompts.ts';

let proxy: TestProxy;
beforeAll(async () => {
  proxy = await startTestProxy({ MISTRAL_MODEL: 'mistral-small-2506', MAX_OUTPUT_TOKENS: '300' });
});
afterAll(() => proxy.close());

describe('request on the wire', () => {
  it.each([false, true])('equals what the SDK sends for the same chat request (stream: %s)', async (stream) => {
    proxy.fake.received.length = 0;
    const res = await postJson(`${proxy.url}/v1/explain${stream ? '' : '?stream=false'}`, EXPLAIN_BODY);
    if (stream) await readSse(res);
    else await res.json();
    const sent = proxy.fake.received[0];
    const sdkWire = JSON.parse(
      chatCompletionRequestToJSON({ model: 'mistral-small-2506', messages: explainMessages(EXPLAIN_BODY), maxTokens: 300, temperature: 0.2, stream }),
    ) as unknown;
    expect(sent?.body).toEqual(sdkWire);
    expect(sent?.path).toBe('/v1/chat/completions');
    expect(sent?.headers['content-type']).toBe('application/json');
    expect(sent?.headers.accept).toBe(stream ? 'text/event-stream' : 'application/json');
  });
});

describe('the fake upstream answers as Mistral does', () => {
  it('a JSON answer parses as the SDK ChatCompletionResponse', async () => {
    const res = await fetch(`${proxy.fake.url}/v1/chat/completions`, { method: 'POST', body: JSON.stringify({ model: 'm', messages: [] }) });
    const parsed = chatCompletionResponseFromJSON(await res.text());
    expect(parsed.ok).toBe(true);
  });

  it('every streamed event parses as the SDK CompletionChunk, and the stream ends with [DONE]', async () => {
    const res = await fetch(`${proxy.fake.url}/v1/chat/completions`, { method: 'POST', body: JSON.stringify({ model: 'm', messages: [], stream: true }) });
    const data = (await res.text()).split('\n\n').filter(Boolean).map((event) => event.replace(/^data: /, ''));
    expect(data.at(-1)).toBe('[DONE]');
    for (const chunk of data.slice(0, -1)) expect(completionChunkFromJSON(chunk).ok).toBe(true);
  });
});

describe('a client that leaves', () => {
  it('cancels the upstream request it no longer waits for', async () => {
    proxy.fake.received.length = 0;
    proxy.fake.script({ kind: 'hang' });
    const leave = new AbortController();
    const pending = fetch(`${proxy.url}/v1/simplify?stream=false`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(SIMPLIFY_BODY),
      signal: leave.signal,
    }).catch(() => 'left');
    while (proxy.fake.received.length === 0) await new Promise((resolve) => setTimeout(resolve, 10));
    leave.abort();
    expect(await pending).toBe('left');
    const deadline = Date.now() + 1500; // well before the 2 s upstream deadline of the test proxy
    while (!proxy.fake.received[0]?.abandoned && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(proxy.fake.received[0]?.abandoned).toBe(true);
  });
});
