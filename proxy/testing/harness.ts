// A real proxy on 127.0.0.1 for tests: the same createApp and SDK client as production, pointed at a
// fake Mistral, with its log lines captured so tests can check what is (not) logged.
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { assembleProxy } from '../assemble.ts';
import { parseConfig, type ProxyConfig } from '../config.ts';
import { createLogger } from '../log.ts';
import type { ClientLimiter } from '../ratelimit.ts';
import { startFakeMistral, type FakeMistral } from './fake-mistral.ts';

export interface TestProxy {
  url: string;
  fake: FakeMistral;
  config: ProxyConfig;
  limiter: ClientLimiter;
  /** Every log line so far, parsed. */
  logs: () => Record<string, unknown>[];
  /** The raw log output, to search for strings that must never be there. */
  rawLogs: () => string;
  close(): Promise<void>;
}

/** Test defaults: a key, fast retries, a generous rate limit; `env` overrides any of them. */
export async function startTestProxy(env: Record<string, string> = {}, shared?: { fake?: FakeMistral }): Promise<TestProxy> {
  const fake = shared?.fake ?? (await startFakeMistral());
  const outcome = parseConfig({
    MISTRAL_API_KEY: 'test-key-not-secret',
    MISTRAL_SERVER_URL: fake.url,
    PORT: '0',
    UPSTREAM_RETRY_BASE_MS: '5',
    UPSTREAM_TIMEOUT_MS: '2000',
    RATE_LIMIT_POINTS: '1000',
    LOG_LEVEL: 'info',
    ...env,
  });
  if (!outcome.ok) throw new Error(outcome.message);
  const { config } = outcome;
  const lines: string[] = [];
  const log = createLogger(config.LOG_LEVEL, { write: (line: string) => void lines.push(line) });
  const { app, limiter } = assembleProxy(config, log);
  const server = await new Promise<Server>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s as Server));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    fake,
    config,
    limiter,
    logs: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>),
    rawLogs: () => lines.join(''),
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await limiter.close();
      if (!shared?.fake) await fake.close();
    },
  };
}

/** POST a JSON body; `init` may add headers or replace the body. */
export function postJson(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
}

export interface SseEvent {
  event: string;
  data: unknown;
}

/** Read a whole SSE response into its events. */
export async function readSse(response: Response): Promise<SseEvent[]> {
  const text = await response.text();
  return text
    .split('\n\n')
    .filter((block) => block.trim() !== '')
    .map((block) => {
      const lines = block.split('\n');
      const event = lines.find((l) => l.startsWith('event: '))?.slice(7) ?? 'message';
      const data = lines.filter((l) => l.startsWith('data: ')).map((l) => l.slice(6)).join('\n');
      return { event, data: JSON.parse(data) as unknown };
    });
}

export const EXPLAIN_BODY = { fieldLabel: 'Date of arrival', helpText: 'Enter the date you enter the Schengen area.', portalId: 'de-videx', language: 'en' } as const;
export const SIMPLIFY_BODY = { text: 'Der Antrag ist spätestens 15 Tage vor Reiseantritt zu stellen.', portalId: 'de-videx', language: 'de-simple' } as const;
