// What the proxy logs: one line a request with method, path, status, duration and a client hash;
// never a body, the token, the client's address, a query string, or the upstream's error text.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPLAIN_BODY, postJson, readSse, startTestProxy, type TestProxy } from '../../../proxy/testing/harness.ts';

const TOKEN = 'log-test-token-abcdefghijklmnop';
const SECRET_HELP = 'Ihre Steuer-ID 12 345 678 901 steht auf dem Bescheid von Erika Mustermann';

let proxy: TestProxy;
beforeAll(async () => {
  proxy = await startTestProxy({ PROXY_TOKEN: TOKEN, TRUST_PROXY_HOPS: '1' });
  const headers = { authorization: `Bearer ${TOKEN}`, 'x-forwarded-for': '198.51.100.23' };
  await readSse(await postJson(`${proxy.url}/v1/explain?lang=secretquery`, { ...EXPLAIN_BODY, helpText: SECRET_HELP }, headers));
  await postJson(`${proxy.url}/v1/explain`, { ...EXPLAIN_BODY, helpText: SECRET_HELP, extra: 'Erika' }, headers); // 400
  proxy.fake.script({ kind: 'status', status: 400 });
  await postJson(`${proxy.url}/v1/simplify?stream=false`, { text: SECRET_HELP, portalId: 'de-videx', language: 'de' }, headers); // 502
});
afterAll(() => proxy.close());

describe('request log', () => {
  it('has one line a request with method, path, status, duration, client hash, and the error code', () => {
    const requests = proxy.logs().filter((l) => l.msg === 'request');
    expect(requests.map((l) => [l.method, l.path, l.status, l.code])).toEqual([
      ['POST', '/v1/explain', 200, undefined],
      ['POST', '/v1/explain', 400, 'bad_request'],
      ['POST', '/v1/simplify', 502, 'upstream_rejected'],
    ]);
    for (const line of requests) {
      expect(typeof line.ms).toBe('number');
      expect(line.client).toMatch(/^[0-9a-f]{12}$/);
    }
    expect(new Set(requests.map((l) => l.client)).size).toBe(1); // one client, one hash
  });

  it.each([
    ['the help text', 'Mustermann'],
    ['a number from the body', '678 901'],
    ['the field label', EXPLAIN_BODY.fieldLabel],
    ['the token', TOKEN],
    ["the client's address", '198.51.100.23'],
    ['the query string', 'secretquery'],
    ["the upstream's error text", 'fake error'],
    ['the API key', 'test-key-not-secret'],
  ])('never contains %s', (_what, text) => {
    expect(proxy.rawLogs()).not.toContain(text);
  });
});
