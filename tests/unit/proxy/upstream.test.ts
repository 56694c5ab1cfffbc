// The upstream through the proxy: answers as JSON and SSE, retries with backoff on 429 and 5xx,
// a deadline, and a clear error for everything else. The fake Mistral scripts each failure.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { EXPLAIN_BODY, SIMPLIFY_BODY, postJson, readSse, startTestProxy, type TestProxy } from '../../../proxy/testing/harness.ts';
import { startFakeMistral, type FakeMistral } from '../../../proxy/testing/fake-mistral.ts';
import { MAX_ANSWER_BYTES, MAX_EVENT_BYTES } from '../../../proxy/http-fetcher.ts';

let fake: FakeMistral;
let proxy: TestProxy;
beforeAll(async () => {
  fake = await startFakeMistral({ defaultText: 'Enter the day you arrive.' });
  proxy = await startTestProxy({ UPSTREAM_RETRIES: '2', UPSTREAM_TIMEOUT_MS: '600' }, { fake });
});
afterAll(async () => {
  await proxy.close();
  await fake.close();
});
beforeEach(() => {
  fake.received.length = 0;
});

const json = (body: object = SIMPLIFY_BODY) => postJson(`${proxy.url}/v1/simplify?stream=false`, body);
const sse = (body: object = EXPLAIN_BODY) => postJson(`${proxy.url}/v1/explain`, body);

describe('answers', () => {
  it('simplify as JSON with ?stream=false', async () => {
    const res = await json();
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ text: 'Enter the day you arrive.', finishReason: 'stop' });
    expect(fake.received[0]?.body).toMatchObject({ model: 'mistral-small-latest', stream: false, max_tokens: 500 });
    expect(fake.received[0]?.headers.authorization).toBe('Bearer test-key-not-secret');
  });

  it('JSON when the Accept header asks for it', async () => {
    const res = await postJson(`${proxy.url}/v1/explain`, EXPLAIN_BODY, { accept: 'application/json' });
    expect(res.headers.get('content-type')).toContain('application/json');
    expect(await res.json()).toMatchObject({ text: 'Enter the day you arrive.' });
  });

  it('explain as server-sent events: deltas that add up to the answer, then done', async () => {
    const res = await sse();
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    const events = await readSse(res);
    const text = events.filter((e) => e.event === 'delta').map((e) => (e.data as { text: string }).text).join('');
    expect(text).toBe('Enter the day you arrive.');
    expect(events.filter((e) => e.event === 'delta').length).toBeGreaterThan(1);
    expect(events.at(-1)).toEqual({ event: 'done', data: { finishReason: 'stop' } });
    expect(fake.received[0]?.body).toMatchObject({ stream: true });
  });
});

describe('retries with backoff', () => {
  it('retries a 429 and a 500, then answers', async () => {
    fake.script({ kind: 'status', status: 429 }, { kind: 'status', status: 500 });
    const res = await json();
    expect(res.status).toBe(200);
    expect(fake.received).toHaveLength(3);
  });

  it('retries before a stream opens', async () => {
    fake.script({ kind: 'status', status: 503 });
    const res = await sse();
    expect(res.status).toBe(200);
    expect((await readSse(res)).at(-1)?.event).toBe('done');
    expect(fake.received).toHaveLength(2);
  });

  it('gives up after UPSTREAM_RETRIES: a lasting 429 is 503 upstream_busy with Retry-After', async () => {
    fake.script(...Array(3).fill({ kind: 'status', status: 429, retryAfterS: 0 }));
    const res = await json();
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('0');
    expect(await res.json()).toMatchObject({ error: { code: 'upstream_busy' } });
    expect(fake.received).toHaveLength(3);
  });

  it('a lasting 500 is 502 upstream_error, as an HTTP status even when a stream was asked for', async () => {
    fake.script(...Array(3).fill({ kind: 'status', status: 500 }));
    const res = await sse();
    expect(res.status).toBe(502);
    expect(await res.json()).toMatchObject({ error: { code: 'upstream_error' } });
    expect(fake.received).toHaveLength(3);
  });

  it('does not wait for a Retry-After past the deadline', async () => {
    fake.script({ kind: 'status', status: 429, retryAfterS: 30 });
    const started = Date.now();
    const res = await json();
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('30');
    expect(Date.now() - started).toBeLessThan(500);
    expect(fake.received).toHaveLength(1);
  });

  it('does not retry a refused key (401): 502 upstream_rejected at once', async () => {
    fake.script({ kind: 'status', status: 401 });
    const res = await json();
    expect(res.status).toBe(502);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('upstream_rejected');
    expect(body.error.message).not.toContain('fake error'); // the upstream's own text is not passed on
    expect(fake.received).toHaveLength(1);
  });
});

describe('deadline and malformed answers', () => {
  it('an upstream that hangs is 504 upstream_timeout at the deadline', async () => {
    fake.script({ kind: 'hang' });
    const started = Date.now();
    const res = await json();
    const elapsed = Date.now() - started;
    expect(res.status).toBe(504);
    expect(await res.json()).toMatchObject({ error: { code: 'upstream_timeout' } });
    expect(elapsed).toBeGreaterThanOrEqual(550);
    expect(elapsed).toBeLessThan(2000);
  });

  it('a stream that hangs midway ends with an error event upstream_timeout', async () => {
    fake.script({ kind: 'hang-mid-stream', text: 'First words then silence' });
    const res = await sse();
    expect(res.status).toBe(200);
    const events = await readSse(res);
    expect(events[0]).toEqual({ event: 'delta', data: { text: 'First ' } });
    expect(events.at(-1)).toEqual({ event: 'error', data: { error: { code: 'upstream_timeout', message: expect.any(String) } } });
  });

  it('a malformed JSON body is 502 upstream_bad_response, not retried', async () => {
    fake.script({ kind: 'malformed' });
    const res = await json();
    expect(res.status).toBe(502);
    expect(await res.json()).toMatchObject({ error: { code: 'upstream_bad_response' } });
    expect(fake.received).toHaveLength(1);
  });

  it('malformed stream data ends the stream with an error event upstream_bad_response', async () => {
    fake.script({ kind: 'malformed' });
    const res = await sse();
    const events = await readSse(res);
    expect(events.at(-1)).toEqual({ event: 'error', data: { error: { code: 'upstream_bad_response', message: expect.any(String) } } });
  });

  it('an answer over MAX_ANSWER_BYTES is 502 upstream_bad_response, not retried', async () => {
    fake.script({ kind: 'answer', text: 'x'.repeat(MAX_ANSWER_BYTES) });
    const res = await json();
    expect(res.status).toBe(502);
    expect(await res.json()).toMatchObject({ error: { code: 'upstream_bad_response' } });
    expect(fake.received).toHaveLength(1);
  });

  it('a stream event over MAX_EVENT_BYTES ends the stream with an error event upstream_bad_response', async () => {
    fake.script({ kind: 'answer', text: `Fine ${'x'.repeat(MAX_EVENT_BYTES)}` });
    const events = await readSse(await sse());
    expect(events[0]).toEqual({ event: 'delta', data: { text: 'Fine ' } });
    expect(events.at(-1)).toEqual({ event: 'error', data: { error: { code: 'upstream_bad_response', message: expect.any(String) } } });
  });

  it('an unreachable upstream is 502 upstream_unreachable', async () => {
    const deadFake = await startFakeMistral();
    await deadFake.close();
    const lonely = await startTestProxy({ MISTRAL_SERVER_URL: deadFake.url, UPSTREAM_RETRIES: '1' });
    try {
      const res = await postJson(`${lonely.url}/v1/simplify?stream=false`, SIMPLIFY_BODY);
      expect(res.status).toBe(502);
      expect(await res.json()).toMatchObject({ error: { code: 'upstream_unreachable' } });
    } finally {
      await lonely.close();
    }
  });
});
