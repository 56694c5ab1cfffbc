// The checks every /v1 request passes, in this order, each answering with a JSON error:
// origin (CORS) → rate limit → bearer token → JSON body (type, size, schema).
// Cheap checks first, so a refused request costs no body parsing and no upstream call.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import type { z } from 'zod';
import { ProxyError } from './errors.ts';
import type { ClientLimiter } from './ratelimit.ts';
import type { ProxyEnv } from './app.ts';

const EXTENSION_ORIGIN = /^(chrome-extension|moz-extension):\/\/([a-z0-9-]+)$/;

/** Is this Origin header one of the allowed extensions? `allowed` holds ids as in ALLOWED_EXTENSION_IDS. */
export function isAllowedOrigin(origin: string, allowed: readonly string[]): boolean {
  const match = EXTENSION_ORIGIN.exec(origin);
  if (!match) return false;
  const [, scheme, id] = match;
  if (scheme === 'moz-extension' && allowed.includes('moz-extension://*')) return true;
  return allowed.includes(id ?? '');
}

/**
 * CORS for the allowed extensions only. A request with another Origin is refused outright (403),
 * not merely left without CORS headers: browsers attach Origin to every cross-origin POST, so this
 * stops a web page from spending the operator's quota even where a browser would hide the answer.
 * Requests without Origin (curl, server-side clients) pass on to the token check.
 */
export function extensionCors(allowed: readonly string[]): MiddlewareHandler<ProxyEnv> {
  return async (c, next) => {
    const origin = c.req.header('origin');
    if (origin === undefined) return next();
    if (!isAllowedOrigin(origin, allowed)) throw new ProxyError('origin_not_allowed');
    c.header('Access-Control-Allow-Origin', origin);
    c.header('Vary', 'Origin');
    if (c.req.method === 'OPTIONS') {
      c.header('Access-Control-Allow-Methods', 'POST');
      c.header('Access-Control-Allow-Headers', 'authorization, content-type');
      c.header('Access-Control-Max-Age', '600');
      return c.body(null, 204);
    }
    return next();
  };
}

export function rateLimit(limiter: ClientLimiter): MiddlewareHandler<ProxyEnv> {
  return async (c, next) => {
    const outcome = await limiter.consume(c.get('client').rateKey);
    if (outcome.kind === 'limited') throw new ProxyError('rate_limited', { retryAfterS: outcome.retryAfterS });
    if (outcome.kind === 'unavailable') throw new ProxyError('rate_limit_unavailable', { retryAfterS: 5 });
    return next();
  };
}

const digest = (text: string) => createHash('sha256').update(text).digest();

/** `Authorization: Bearer <token>` compared in constant time (digests of equal length). */
export function bearerToken(token: string | undefined): MiddlewareHandler<ProxyEnv> {
  if (token === undefined) return (_c, next) => next();
  const expected = digest(token);
  return async (c, next) => {
    const given = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header('authorization') ?? '')?.[1] ?? '';
    if (!timingSafeEqual(digest(given), expected)) {
      c.header('WWW-Authenticate', 'Bearer realm="formlotse-proxy"');
      throw new ProxyError('unauthorized');
    }
    return next();
  };
}

/**
 * JSON only, at most `maxBytes`: refused by its Content-Length before a byte is read, or counted
 * while reading when the client streams it chunked. Read from the node request directly (not
 * through a WHATWG Request), which is what keeps the proxy's overhead small (tests/bench/proxy.ts).
 */
export function jsonBody(maxBytes: number): MiddlewareHandler<ProxyEnv> {
  return async (c, next) => {
    const type = (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase();
    if (type !== 'application/json') throw new ProxyError('unsupported_media_type');
    const tooLarge = () => new ProxyError('body_too_large', { message: `The request body is larger than ${maxBytes} bytes.` });
    const incoming = c.env.incoming;
    if (Number(incoming.headers['content-length'] ?? 0) > maxBytes) throw tooLarge();
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of incoming as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > maxBytes) throw tooLarge(); // the rest is not read; the connection closes after the answer
      chunks.push(chunk);
    }
    try {
      c.set('body', JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown);
    } catch {
      throw new ProxyError('bad_request', { message: 'The request body is not valid JSON.' });
    }
    return next();
  };
}

/** The parsed body, or a 400 naming the fields that are wrong (never echoing their values). */
export function validBody<S extends z.ZodType>(c: Context<ProxyEnv>, schema: S): z.output<S> {
  const parsed = schema.safeParse(c.var.body);
  if (parsed.success) return parsed.data;
  const fields = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(body)'}: ${issue.message}`);
  throw new ProxyError('bad_request', { message: `Invalid request: ${fields.slice(0, 5).join('; ')}` });
}
