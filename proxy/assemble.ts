// Wires a proxy from its validated configuration: the rate limiter, the Mistral upstream and the
// app. One place, so `npm run proxy` and the test proxy run exactly the same assembly.
import type { Hono } from 'hono';
import type { Logger } from 'pino';
import { createApp, type ProxyEnv } from './app.ts';
import type { ProxyConfig } from './config.ts';
import { createClientLimiter, type ClientLimiter } from './ratelimit.ts';
import { createMistralUpstream } from './upstream.ts';

export function assembleProxy(config: ProxyConfig, log: Logger): { app: Hono<ProxyEnv>; limiter: ClientLimiter } {
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
  return { app: createApp({ config, upstream, limiter, log }), limiter };
}
