// What reaches the upstream: the proxy calls Mistral through the official SDK, and these tests pin
// the exact request the fake server receives from it (so an SDK update that adds a field, or a
// change here that lets a page steer a parameter, shows up), check that the fake's answers parse
// with the SDK's own schemas (so the fake used everywhere else is a faithful stand-in), and that a
// client that leaves cancels the upstream request, answered whole or streamed.
import { chatCompletionResponseFromJSON, completionChunkFromJSON } from '@mistralai/mistralai/models/components';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPLAIN_BODY, SIMPLIFY_BODY, postJson, readSse, startTestProxy, type TestProxy } from '../../../proxy/testing/harness.ts';
import { explainMessages } from '../../../proxy/prompts.ts';

let proxy: TestProxy;
beforeAll(async () => {
  proxy = await startTestProxy({ MISTRAL_MODEL: 'mistral-small-2506', MAX_OUTPUT_TOKENS: '300' });
});
afterAll(() => proxy.close());

const until = async (done: () => boolean, ms: number) => {
  const deadline = Date.now() + ms;
  while (!done() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
};

describe('request on the wire', () => {
  it.each([false, true])('is exactly model, messages, max_tokens, temperature and stream (stream: %s)', async (stream) => {
    proxy.fake.received.length = 0;
    const res = await postJson(`${proxy.url}/v1/explain${stream ? '' : '?stream=false'}`, EXPLAIN_BODY);
    if (stream) await readSse(res);
    else await res.json();
    const sent = proxy.fake.received[0];
    // toStrictEqual on a literal: any extra key (tools, response_format, safe_prompt, …) fails.
    expect(sent?.body).toStrictEqual({
      model: 'mistral-small-2506',
      messages: explainMessages(EXPLAIN_BODY).map(({ role, content }) => ({ role, content })),
      max_tokens: 300,
      temperature: 0.2,
      stream,
    });
    expect(sent?.method).toBe('POST');
    expect(sent?.path).toBe('/v1/chat/completions');
    expect(sent?.headers['content-type']).toBe('application/json');
    expect(sent?.headers.accept).toBe(stream ? 'text/event-stream' : 'application/json');
    expect(sent?.headers.authorization).toBe('Bearer test-key-not-secret');
    expect(sent?.headers['user-agent']).toMatch(/^mistral-client-typescript\//); // sent by the SDK
    expect(sent?.headers.cookie).toBeUndefined();
    expect(proxy.fake.received).toHaveLength(1);
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
    await until(() => proxy.fake.received.length > 0, 1500);
    leave.abort();
    expect(await pending).toBe('left');
    await until(() => proxy.fake.received[0]?.abandoned === true, 1500); // well before the 2 s deadline
    expect(proxy.fake.received[0]?.abandoned).toBe(true);
  });

  it('cancels an upstream stream it stops reading midway', async () => {
    proxy.fake.received.length = 0;
    proxy.fake.script({ kind: 'hang-mid-stream', text: 'First words then silence' });
    const leave = new AbortController();
    const res = await fetch(`${proxy.url}/v1/explain`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(EXPLAIN_BODY),
      signal: leave.signal,
    });
    const reader = res.body!.getReader();
    const first = new TextDecoder().decode((await reader.read()).value);
    expect(first).toContain('event: delta');
    leave.abort();
    await until(() => proxy.fake.received[0]?.abandoned === true, 1500);
    expect(proxy.fake.received[0]?.abandoned).toBe(true);
  });
});
