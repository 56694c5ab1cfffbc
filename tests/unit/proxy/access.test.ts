// Who may call the proxy: allowed extension origins only (CORS + refusal), the bearer token, and
// the per-client rate limit in memory. A refused request never reaches the upstream.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPLAIN_BODY, postJson, startTestProxy, type TestProxy } from '../../../proxy/testing/harness.ts';

const CHROME_ID = 'abcdefghijklmnopabcdefghijklmnop';
const FIREFOX_UUID = '0f1e2d3c-4b5a-4978-8867-5a4b3c2d1e0f';
const TOKEN = 'operator-token-0123456789abcdef';

describe('CORS: only allowed extension origins', () => {
  let proxy: TestProxy;
  beforeAll(async () => {
    proxy = await startTestProxy({ ALLOWED_EXTENSION_IDS: `${CHROME_ID}, ${FIREFOX_UUID}` });
  });
  afterAll(() => proxy.close());

  it.each([`chrome-extension://${CHROME_ID}`, `moz-extension://${FIREFOX_UUID}`])('allows %s and echoes it', async (origin) => {
    const res = await postJson(`${proxy.url}/v1/explain?stream=false`, EXPLAIN_BODY, { origin });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe(origin);
    expect(res.headers.get('vary')).toContain('Origin');
  });

  it('answers an allowed preflight with the methods and headers, without needing the token', async () => {
    const res = await fetch(`${proxy.url}/v1/explain`, {
      method: 'OPTIONS',
      headers: { origin: `chrome-extension://${CHROME_ID}`, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe(`chrome-extension://${CHROME_ID}`);
    expect(res.headers.get('access-control-allow-methods')).toBe('POST');
    expect(res.headers.get('access-control-allow-headers')).toBe('authorization, content-type');
  });

  it.each([
    'https://evil.example',
    'http://127.0.0.1:8080',
    'null',
    `chrome-extension://${'q'.repeat(32)}`, // not an allowed id
    `chrome-extension://${CHROME_ID}.evil.example`, // an allowed id as a prefix
  ])('refuses origin %s with 403 and no CORS headers, before the upstream', async (origin) => {
    const before = proxy.fake.received.length;
    const res = await postJson(`${proxy.url}/v1/explain`, EXPLAIN_BODY, { origin });
    expect(res.status).toBe(403);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect(await res.json()).toMatchObject({ error: { code: 'origin_not_allowed' } });
    expect(proxy.fake.received.length).toBe(before);
  });

  it('refuses a preflight from a web page', async () => {
    const res = await fetch(`${proxy.url}/v1/simplify`, { method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } });
    expect(res.status).toBe(403);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('lets requests without Origin through (non-browser clients; the token guards those)', async () => {
    const res = await postJson(`${proxy.url}/v1/explain?stream=false`, EXPLAIN_BODY);
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('CORS: any Firefox installation when the operator says moz-extension://*', () => {
  let proxy: TestProxy;
  beforeAll(async () => {
    proxy = await startTestProxy({ ALLOWED_EXTENSION_IDS: `${CHROME_ID},moz-extension://*` });
  });
  afterAll(() => proxy.close());

  it('allows any moz-extension UUID but still no other Chrome id', async () => {
    const firefox = await postJson(`${proxy.url}/v1/explain?stream=false`, EXPLAIN_BODY, { origin: `moz-extension://${FIREFOX_UUID}` });
    expect(firefox.status).toBe(200);
    const chrome = await postJson(`${proxy.url}/v1/explain?stream=false`, EXPLAIN_BODY, { origin: `chrome-extension://${'b'.repeat(32)}` });
    expect(chrome.status).toBe(403);
  });
});

describe('bearer token', () => {
  let proxy: TestProxy;
  beforeAll(async () => {
    proxy = await startTestProxy({ PROXY_TOKEN: TOKEN });
  });
  afterAll(() => proxy.close());

  it.each([
    ['no Authorization header', {}],
    ['a wrong token', { authorization: `Bearer ${TOKEN.slice(0, -1)}x` }],
    ['a token prefix', { authorization: `Bearer ${TOKEN.slice(0, 10)}` }],
    ['the token with another scheme', { authorization: `Basic ${TOKEN}` }],
    ['an empty bearer', { authorization: 'Bearer ' }],
  ])('refuses %s with 401 before the upstream', async (_name, headers: Record<string, string>) => {
    const before = proxy.fake.received.length;
    const res = await postJson(`${proxy.url}/v1/explain`, EXPLAIN_BODY, headers);
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toContain('Bearer');
    expect(await res.json()).toMatchObject({ error: { code: 'unauthorized' } });
    expect(proxy.fake.received.length).toBe(before);
  });

  it('accepts the right token', async () => {
    const res = await postJson(`${proxy.url}/v1/explain?stream=false`, EXPLAIN_BODY, { authorization: `Bearer ${TOKEN}` });
    expect(res.status).toBe(200);
  });

  it('keeps /healthz and /readyz open for the orchestrator', async () => {
    expect((await fetch(`${proxy.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${proxy.url}/readyz`)).status).toBe(200);
  });
});

describe('rate limit in memory', () => {
  let proxy: TestProxy;
  beforeAll(async () => {
    proxy = await startTestProxy({ RATE_LIMIT_POINTS: '3', RATE_LIMIT_WINDOW_S: '60' });
  });
  afterAll(() => proxy.close());

  it('allows RATE_LIMIT_POINTS requests a window, then answers 429 with Retry-After without calling upstream', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await postJson(`${proxy.url}/v1/simplify?stream=false`, { text: 'Hilfe', portalId: 'de-videx', language: 'de' })).status);
    expect(statuses).toEqual([200, 200, 200]);
    const before = proxy.fake.received.length;
    const limited = await postJson(`${proxy.url}/v1/explain`, EXPLAIN_BODY);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(Number(limited.headers.get('retry-after'))).toBeLessThanOrEqual(60);
    expect(await limited.json()).toMatchObject({ error: { code: 'rate_limited' } });
    expect(proxy.fake.received.length).toBe(before);
  });

  it('counts clients apart: another client (behind a trusted proxy hop) is not limited', async () => {
    const behindProxy = await startTestProxy({ RATE_LIMIT_POINTS: '1', TRUST_PROXY_HOPS: '1' });
    try {
      const a1 = await postJson(`${behindProxy.url}/v1/explain?stream=false`, EXPLAIN_BODY, { 'x-forwarded-for': '198.51.100.7' });
      const a2 = await postJson(`${behindProxy.url}/v1/explain?stream=false`, EXPLAIN_BODY, { 'x-forwarded-for': '198.51.100.7' });
      const b1 = await postJson(`${behindProxy.url}/v1/explain?stream=false`, EXPLAIN_BODY, { 'x-forwarded-for': '203.0.113.9' });
      // A client cannot escape its limit by prepending a forged address: only the last hop counts.
      const a3 = await postJson(`${behindProxy.url}/v1/explain?stream=false`, EXPLAIN_BODY, { 'x-forwarded-for': '192.0.2.1, 198.51.100.7' });
      expect([a1.status, a2.status, b1.status, a3.status]).toEqual([200, 429, 200, 429]);
    } finally {
      await behindProxy.close();
    }
  });
});
