// The proxy as a Hono app, built from its dependencies so tests can hand in a fake upstream, a
// limiter on a test Redis, and a log sink. main.ts is the only place that reads the environment.
import { Hono } from 'hono';
import type { HttpBindings } from '@hono/node-server';
import type { Logger } from 'pino';
import type { ProxyConfig } from './config.ts';
import { ProxyError } from './errors.ts';
import { clientAddress, createClientIds, type ClientIds } from './client.ts';
import { bearerToken, extensionCors, jsonBody, rateLimit } from './guards.ts';
import type { ClientLimiter } from './ratelimit.ts';
import { explainRoute, simplifyRoute } from './routes.ts';
import type { Upstream } from './upstream.ts';

export interface ProxyEnv {
  Bindings: HttpBindings;
  Variables: {
    client: ClientIds;
    log: Logger;
    /** Aborts when the client closes the connection before the answer is complete. */
    clientGone: AbortSignal;
    /** The JSON body, parsed by the jsonBody guard. */
    body: unknown;
    /** Set by the error handler, for the request log line. */
    errorCode: string | undefined;
  };
}

export interface ProxyDeps {
  config: ProxyConfig;
  upstream: Upstream;
  limiter: ClientLimiter;
  log: Logger;
}

export function createApp({ config, upstream, limiter, log }: ProxyDeps): Hono<ProxyEnv> {
  const app = new Hono<ProxyEnv>();
  const idsOf = createClientIds();

  app.use(async (c, next) => {
    const started = performance.now();
    const { incoming, outgoing } = c.env;
    const address = clientAddress(incoming.socket.remoteAddress, c.req.header('x-forwarded-for'), config.TRUST_PROXY_HOPS);
    const client = idsOf(address);
    c.set('client', client);
    c.set('log', log);
    // Our own signal from the node response, rather than c.req.raw.signal, which would build a
    // WHATWG Request for every request just to watch the connection.
    const gone = new AbortController();
    outgoing.once('close', () => {
      if (!outgoing.writableFinished) gone.abort(new Error('client closed the connection'));
    });
    c.set('clientGone', gone.signal);
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Cache-Control', 'no-store');
    const line = { client: client.logId, method: c.req.method, path: c.req.path, status: c.res.status, ms: Math.round((performance.now() - started) * 10) / 10 };
    const code = c.res.status >= 400 ? c.var.errorCode : undefined;
    c.var.log.info(code ? { ...line, code } : line, 'request');
  });

  app.get('/healthz', (c) => c.json({ ok: true }));
  app.get('/readyz', async (c) => {
    const redis = await limiter.redisState();
    // An instance that would refuse every request is not ready; one that falls back to memory is.
    const ready = redis !== 'down' || config.RATE_LIMIT_ON_REDIS_DOWN === 'memory';
    const upstreamConfigured = Boolean(config.MISTRAL_API_KEY ?? config.MISTRAL_SERVER_URL);
    const body = { ready: ready && upstreamConfigured, upstream: upstreamConfigured ? 'configured' : 'missing', redis, rateLimitOnRedisDown: config.RATE_LIMIT_ON_REDIS_DOWN };
    return c.json(body, body.ready ? 200 : 503);
  });

  app.use('/v1/*', extensionCors(config.ALLOWED_EXTENSION_IDS), rateLimit(limiter), bearerToken(config.PROXY_TOKEN));
  app.post('/v1/explain', jsonBody(config.MAX_BODY_BYTES), explainRoute(upstream));
  app.post('/v1/simplify', jsonBody(config.MAX_BODY_BYTES), simplifyRoute(upstream));

  app.notFound((c) => {
    c.set('errorCode', 'not_found');
    return c.json(new ProxyError('not_found').body, 404);
  });
  app.onError((err, c) => {
    const failure = err instanceof ProxyError ? err : new ProxyError('internal', { cause: err });
    if (failure.code === 'internal') c.var.log?.error({ event: 'internal_error', err: errorSummary(err) }, 'unexpected failure');
    c.set('errorCode', failure.code);
    if (failure.retryAfterS !== undefined) c.header('Retry-After', String(failure.retryAfterS));
    return c.json(failure.body, failure.status as 400);
  });
  return app;
}

/** The name and stack of an unexpected error, not its message alone (which could quote input). */
function errorSummary(err: unknown): { name: string; stack?: string } {
  return err instanceof Error ? { name: err.name, stack: err.stack?.split('\n').slice(1, 6).join('\n') } : { name: typeof err };
}
