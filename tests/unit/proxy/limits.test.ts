// Body limits and validation: a refused body never reaches the upstream.
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPLAIN_BODY, postJson, startTestProxy, type TestProxy } from '../../../proxy/testing/harness.ts';

let proxy: TestProxy;
beforeAll(async () => {
  proxy = await startTestProxy({ MAX_BODY_BYTES: '2048' });
});
afterAll(() => proxy.close());

/** Send a body in chunks without Content-Length (Transfer-Encoding: chunked). */
function postChunked(url: string, chunks: string[]): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', headers: { 'content-type': 'application/json' } }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    for (const chunk of chunks) req.write(chunk);
    req.end();
  });
}

describe('request size', () => {
  it('refuses a body over MAX_BODY_BYTES by its Content-Length with 413', async () => {
    const before = proxy.fake.received.length;
    const res = await postJson(`${proxy.url}/v1/explain`, { ...EXPLAIN_BODY, helpText: 'x'.repeat(3000) });
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ error: { code: 'body_too_large' } });
    expect(proxy.fake.received.length).toBe(before);
  });

  it('refuses a chunked body without Content-Length once it passes the limit', async () => {
    const before = proxy.fake.received.length;
    const res = await postChunked(`${proxy.url}/v1/explain`, ['{"helpText":"', 'y'.repeat(1500), 'y'.repeat(1500), '"}']);
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body)).toMatchObject({ error: { code: 'body_too_large' } });
    expect(proxy.fake.received.length).toBe(before);
  });

  it('accepts a chunked body under the limit', async () => {
    const body = JSON.stringify({ ...EXPLAIN_BODY });
    const res = await postChunked(`${proxy.url}/v1/explain?stream=false`, [body.slice(0, 20), body.slice(20)]);
    expect(res.status).toBe(200);
  });
});

describe('request schema', () => {
  const cases: [string, unknown][] = [
    ['missing field label', { helpText: 'x', portalId: 'de-videx', language: 'en' }],
    ['empty field label', { ...EXPLAIN_BODY, fieldLabel: '   ' }],
    ['unknown language', { ...EXPLAIN_BODY, language: 'es' }],
    ['portal id that is not a slug', { ...EXPLAIN_BODY, portalId: '../../etc' }],
    ['an extra key (e.g. profile data)', { ...EXPLAIN_BODY, iban: 'DE89370400440532013000' }],
    ['a label over 300 characters', { ...EXPLAIN_BODY, fieldLabel: 'l'.repeat(301) }],
    ['help text of the wrong type', { ...EXPLAIN_BODY, helpText: 42 }],
    ['an array instead of an object', [EXPLAIN_BODY]],
  ];
  it.each(cases)('answers 400 bad_request for %s', async (_name, body) => {
    const before = proxy.fake.received.length;
    const res = await postJson(`${proxy.url}/v1/explain`, body);
    expect(res.status).toBe(400);
    const json = (await res.json()) as { error: { code: string; message: string } };
    expect(json.error.code).toBe('bad_request');
    expect(json.error.message).not.toContain('DE89370400440532013000'); // names the field, never echoes values
    expect(proxy.fake.received.length).toBe(before);
  });

  it('answers 400 for a body that is not JSON', async () => {
    const res = await fetch(`${proxy.url}/v1/simplify`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"text": ' });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { code: 'bad_request', message: 'The request body is not valid JSON.' } });
  });

  it('answers 415 for a body that is not declared JSON', async () => {
    const res = await fetch(`${proxy.url}/v1/simplify`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify(EXPLAIN_BODY) });
    expect(res.status).toBe(415);
    expect(await res.json()).toMatchObject({ error: { code: 'unsupported_media_type' } });
  });

  it('answers 404 with a JSON error for an unknown path and GET on a task', async () => {
    for (const [method, path] of [['POST', '/v1/translate'], ['GET', '/v1/explain']] as const) {
      const res = await fetch(`${proxy.url}${path}`, { method });
      expect(res.status).toBe(404);
      expect(await res.json()).toMatchObject({ error: { code: 'not_found' } });
    }
  });
});
