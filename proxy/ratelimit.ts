// Per-client rate limits (rate-limiter-flexible). One instance counts in memory. Several instances
// share counters in Redis when REDIS_URL is set. If Redis becomes unreachable mid-run, the operator
// chooses (RATE_LIMIT_ON_REDIS_DOWN):
//   memory (default): each instance keeps limiting with its own in-memory counters (the library's
//                     insuranceLimiter), so service goes on and a client gets at most
//                     points × instances per window until Redis is back;
//   refuse:           every /v1 request gets 503 rate_limit_unavailable until Redis is back.
// ioredis runs with no offline queue and the limiter with rejectIfRedisNotReady, so a dead Redis
// costs no waiting: the fallback (or refusal) happens at once. ioredis reconnects by itself.
import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Logger } from 'pino';

export type LimitOutcome = { kind: 'allowed' } | { kind: 'limited'; retryAfterS: number } | { kind: 'unavailable' };

export type RedisState = 'not-configured' | 'up' | 'down';

export interface ClientLimiter {
  consume(key: string): Promise<LimitOutcome>;
  /** Redis reachability right now (a PING, bounded in time). */
  redisState(): Promise<RedisState>;
  close(): Promise<void>;
}

export interface LimiterOptions {
  points: number;
  windowS: number;
  redisUrl: string | undefined;
  onRedisDown: 'memory' | 'refuse';
}

const KEY_PREFIX = 'formlotse-rl';
const PING_TIMEOUT_MS = 500;

export function createClientLimiter(options: LimiterOptions, log: Logger): ClientLimiter {
  const memory = () => new RateLimiterMemory({ points: options.points, duration: options.windowS, keyPrefix: KEY_PREFIX });
  if (!options.redisUrl) {
    const limiter = memory();
    return { consume: (key) => consumeWith(limiter, key), redisState: async () => 'not-configured', close: async () => {} };
  }
  const redis = new Redis(options.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1, connectTimeout: 2000 });
  watchRedis(redis, options.onRedisDown, log);
  const limiter = new RateLimiterRedis({
    storeClient: redis,
    points: options.points,
    duration: options.windowS,
    keyPrefix: KEY_PREFIX,
    rejectIfRedisNotReady: true,
    insuranceLimiter: options.onRedisDown === 'memory' ? memory() : undefined,
  });
  return {
    consume: (key) => consumeWith(limiter, key),
    redisState: async () => ((await ping(redis)) ? 'up' : 'down'),
    close: async () => {
      redis.disconnect();
    },
  };
}

async function consumeWith(limiter: RateLimiterAbstract, key: string): Promise<LimitOutcome> {
  try {
    await limiter.consume(key);
    return { kind: 'allowed' };
  } catch (res) {
    // The library rejects with a RateLimiterRes when the client is over its limit, and with the
    // store's Error when it cannot count (only reached with no insurance limiter, i.e. "refuse").
    if (res instanceof RateLimiterRes) return { kind: 'limited', retryAfterS: Math.max(1, Math.ceil(res.msBeforeNext / 1000)) };
    return { kind: 'unavailable' };
  }
}

async function ping(redis: Redis): Promise<boolean> {
  if (redis.status !== 'ready') return false;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), PING_TIMEOUT_MS)));
  try {
    return await Promise.race([redis.ping().then((pong) => pong === 'PONG'), timeout]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

/** Log each change between reachable and not once, not every reconnect attempt. */
function watchRedis(redis: Redis, onRedisDown: 'memory' | 'refuse', log: Logger): void {
  let up: boolean | undefined;
  const consequence = onRedisDown === 'memory' ? 'rate limits fall back to this instance\u2019s memory' : 'requests are refused with 503';
  redis.on('ready', () => {
    if (up !== true) log.info({ event: 'redis_up' }, 'Redis reachable; rate limits are shared');
    up = true;
  });
  const down = (err?: Error) => {
    if (up === false) return;
    up = false;
    log.warn({ event: 'redis_down', reason: err?.message }, `Redis unreachable; ${consequence}`);
  };
  redis.on('error', down);
  redis.on('close', () => down());
}
