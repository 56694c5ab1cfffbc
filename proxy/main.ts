// `npm run proxy`: read the environment, start the server, stop cleanly on SIGINT/SIGTERM.
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createApp } from './app.ts';
import { parseConfig } from './config.ts';
import { createStdoutLogger } from './log.ts';
import { createClientLimiter } from './ratelimit.ts';
import { createMistralUpstream } from './upstream.ts';

const outcome = parseConfig(process.env);
if (!outcome.ok) {
  console.error(outcome.message);
  process.exit(1);
}
const { config } = outcome;
const { log, flush } = createStdoutLogger(config.LOG_LEVEL);
if (config.ALLOWED_EXTENSION_IDS.length === 0) {
  log.warn('ALLOWED_EXTENSION_IDS is empty: every request from a browser extension will be refused (403)');
}

const limiter = createClientLimiter(
  { points: config.RATE_LIMIT_POINTS, windowS: config.RATE_LIMIT_WINDOW_S, redisUrl: config.REDIS_URL, onRedisDown: config.RATE_LIMIT_ON_REDIS_DOWN },
  log,
);
const upstream = createMistralUpstream({
  apiKey: config.MISTRAL_API_KEY,
  serverURL: config.MISTRAL_SERVER_URL,
  model: config.MISTRAL_MODEL,
  maxOutputTokens: config.MAX_OUTPUT_TOKENS,
  timeoutMs: config.UPSTREAM_TIMEOUT_MS,
  retries: config.UPSTREAM_RETRIES,
  retryBaseMs: config.UPSTREAM_RETRY_BASE_MS,
});
const app = createApp({ config, upstream, limiter, log });

const server = serve({ fetch: app.fetch, port: config.PORT, hostname: config.HOST }, (info: AddressInfo) => {
  log.info(
    { event: 'listening', host: info.address, port: info.port, model: config.MISTRAL_MODEL, rateLimitStore: config.REDIS_URL ? 'redis' : 'memory' },
    `formlotse proxy listening on http://${info.address}:${info.port}`,
  );
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    log.info({ event: 'stopping', signal }, 'stopping');
    const exit = () => {
      flush();
      process.exit(0);
    };
    server.close(() => void limiter.close().then(exit));
    // Open streams get a few seconds to finish, then the process ends anyway.
    setTimeout(exit, 5000).unref();
  });
}
