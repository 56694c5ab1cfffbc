// Rate limits shared through a real Redis (Debian's redis-server, started here on a free loopback
// port), and what happens when Redis stops mid-run: with RATE_LIMIT_ON_REDIS_DOWN=memory each
// instance goes on limiting in memory; with =refuse every /v1 request gets 503 until Redis is back.
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPLAIN_BODY, postJson, startTestProxy, type TestProxy } from '../../../proxy/testing/harness.ts';
import { startFakeMistral, type FakeMistral } from '../../../proxy/testing/fake-mistral.ts';
import { startTestRedis, type TestRedis } from '../../../proxy/testing/redis-server.ts';
import type { RedisState } from '../../../proxy/ratelimit.ts';

const explain = (proxy: TestProxy) => postJson(`${proxy.url}/v1/explain?stream=false`, EXPLAIN_BODY);
const statuses = async (proxy: TestProxy, n: number) => {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push((await explain(proxy)).status);
  return out;
};

async function until(proxy: TestProxy, state: RedisState): Promise<void> {
  const deadline = Date.now() + 8000;
  while ((await proxy.limiter.redisState()) !== state) {
    if (Date.now() > deadline) throw new Error(`Redis did not become ${state}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

let fake: FakeMistral;
beforeAll(async () => {
  fake = await startFakeMistral();
});
afterAll(() => fake.close());

describe('two instances share one Redis', () => {
  let redis: TestRedis;
  let a: TestProxy;
  let b: TestProxy;
  beforeAll(async () => {
    redis = await startTestRedis();
    const env = { REDIS_URL: redis.url, RATE_LIMIT_POINTS: '3' };
    a = await startTestProxy(env, { fake });
    b = await startTestProxy(env, { fake });
    await until(a, 'up');
    await until(b, 'up');
  });
  afterAll(async () => {
    await a.close();
    await b.close();
    await redis.dispose();
  });

  it('counts a client across instances, in Redis, under a hashed key', async () => {
    expect([...(await statuses(a, 2)), ...(await statuses(b, 1))]).toEqual([200, 200, 200]);
    expect(await statuses(b, 1)).toEqual([429]);
    expect(await statuses(a, 1)).toEqual([429]);
    const client = new Redis(redis.url);
    try {
      const keys = await client.keys('formlotse-rl:*');
      expect(keys).toHaveLength(1);
      expect(keys[0]).not.toContain('127.0.0.1'); // the address is hashed, not stored
      expect(Number(await client.get(keys[0] ?? ''))).toBe(5); // every request counted, refused ones too
    } finally {
      client.disconnect();
    }
  });

  it('reports Redis in /readyz', async () => {
    const res = await fetch(`${a.url}/readyz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ ready: true, redis: 'up', upstream: 'configured' });
  });
});

describe('Redis stops mid-run, RATE_LIMIT_ON_REDIS_DOWN=memory (default)', () => {
  let redis: TestRedis;
  let proxy: TestProxy;
  beforeAll(async () => {
    redis = await startTestRedis();
    proxy = await startTestProxy({ REDIS_URL: redis.url, RATE_LIMIT_POINTS: '3' }, { fake });
    await until(proxy, 'up');
  });
  afterAll(async () => {
    await proxy.close();
    await redis.dispose();
  });

  it('goes on serving and limiting from memory, says so in /readyz and the log, and returns to Redis', async () => {
    expect(await statuses(proxy, 2)).toEqual([200, 200]);
    await redis.stop();
    await until(proxy, 'down');

    // The memory fallback starts counting afresh, and still limits.
    expect(await statuses(proxy, 4)).toEqual([200, 200, 200, 429]);
    const ready = await fetch(`${proxy.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ ready: true, redis: 'down', rateLimitOnRedisDown: 'memory' });
    expect(proxy.logs().some((l) => l.event === 'redis_down' && String(l.msg).includes('fall back'))).toBe(true);

    // Redis back (empty: the test server keeps nothing on disk): counting happens there again.
    await redis.start();
    await until(proxy, 'up');
    expect(await statuses(proxy, 4)).toEqual([200, 200, 200, 429]);
    const client = new Redis(redis.url);
    try {
      const keys = await client.keys('formlotse-rl:*');
      expect(await client.get(keys[0] ?? '')).toBe('4');
    } finally {
      client.disconnect();
    }
    expect(proxy.logs().some((l) => l.event === 'redis_up')).toBe(true);
  });
});

describe('Redis stops mid-run, RATE_LIMIT_ON_REDIS_DOWN=refuse', () => {
  let redis: TestRedis;
  let proxy: TestProxy;
  beforeAll(async () => {
    redis = await startTestRedis();
    proxy = await startTestProxy({ REDIS_URL: redis.url, RATE_LIMIT_ON_REDIS_DOWN: 'refuse' }, { fake });
    await until(proxy, 'up');
  });
  afterAll(async () => {
    await proxy.close();
    await redis.dispose();
  });

  it('refuses /v1 requests with 503 rate_limit_unavailable, fails /readyz, keeps /healthz', async () => {
    expect(await statuses(proxy, 1)).toEqual([200]);
    await redis.stop();
    await until(proxy, 'down');

    const before = fake.received.length;
    const started = Date.now();
    const res = await explain(proxy);
    expect(Date.now() - started).toBeLessThan(500); // no waiting on a dead Redis
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('5');
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('rate_limit_unavailable');
    expect(body.error.message).toContain('Redis');
    expect(fake.received.length).toBe(before);

    const ready = await fetch(`${proxy.url}/readyz`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ ready: false, redis: 'down', rateLimitOnRedisDown: 'refuse' });
    expect((await fetch(`${proxy.url}/healthz`)).status).toBe(200);

    await redis.start();
    await until(proxy, 'up');
    expect(await statuses(proxy, 1)).toEqual([200]);
  });
});
