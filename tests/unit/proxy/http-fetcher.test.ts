// The SDK's transport (proxy/http-fetcher.ts) keeps fetch's contract where the SDK relies on it;
// the proxy tests cover it end to end (statuses, Retry-After, streams, aborts, unreachable, size).
// Here: what those cannot reach through the fake upstream.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeHttpClient } from '../../../proxy/http-fetcher.ts';

let server: Server;
let url: string;
beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      if (req.url === '/empty') return void res.writeHead(204).end();
      res.writeHead(200, { 'content-type': 'application/json', 'x-seen': `${req.method} ${req.headers['content-length']} ${req.headers['x-empty'] === undefined}` });
      res.end(JSON.stringify({ echo: body }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('node:http fetcher', () => {
  const client = createNodeHttpClient();

  it('sends the body with its length, drops empty headers, and answers as fetch would', async () => {
    const res = await client.request(new Request(`${url}/echo`, { method: 'POST', body: 'ä', headers: { 'x-empty': '' } }));
    expect(res.status).toBe(200);
    expect(res.headers.get('x-seen')).toBe('POST 2 true');
    expect(await res.json()).toEqual({ echo: 'ä' });
  });

  it('answers a 204 without a body instead of failing', async () => {
    const res = await client.request(new Request(`${url}/empty`));
    expect(res.status).toBe(204);
    expect(res.body).toBeNull();
  });

  it('rejects like fetch: TypeError "fetch failed" when unreachable, AbortError when aborted', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const deadUrl = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/`;
    await new Promise((resolve) => closed.close(resolve));
    await expect(client.request(new Request(deadUrl))).rejects.toMatchObject({ name: 'TypeError', message: 'fetch failed', cause: { code: 'ECONNREFUSED' } });
    await expect(client.request(new Request(`${url}/echo`, { signal: AbortSignal.abort() }))).rejects.toMatchObject({ name: 'AbortError' });
  });
});
