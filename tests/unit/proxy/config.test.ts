// Configuration from the environment: defaults, and a clear refusal naming each bad variable.
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../../proxy/config.ts';

describe('parseConfig', () => {
  it('fills defaults around the one required variable', () => {
    const outcome = parseConfig({ MISTRAL_API_KEY: 'k' });
    expect(outcome).toMatchObject({
      ok: true,
      config: {
        MISTRAL_MODEL: 'mistral-small-latest',
        HOST: '127.0.0.1',
        PORT: 8787,
        ALLOWED_EXTENSION_IDS: [],
        RATE_LIMIT_POINTS: 20,
        RATE_LIMIT_WINDOW_S: 60,
        RATE_LIMIT_ON_REDIS_DOWN: 'memory',
        MAX_BODY_BYTES: 16384,
        UPSTREAM_TIMEOUT_MS: 20000,
        UPSTREAM_RETRIES: 2,
      },
    });
  });

  it('needs no key for a self-hosted server, and treats empty variables as unset', () => {
    const outcome = parseConfig({ MISTRAL_SERVER_URL: 'http://llm.internal:8000', MISTRAL_API_KEY: '', PORT: '' });
    expect(outcome).toMatchObject({ ok: true, config: { PORT: 8787 } });
    expect(outcome.ok && outcome.config.MISTRAL_API_KEY).toBeUndefined();
  });

  it('parses the extension allow-list', () => {
    const outcome = parseConfig({
      MISTRAL_API_KEY: 'k',
      ALLOWED_EXTENSION_IDS: ' abcdefghijklmnopabcdefghijklmnop , 0f1e2d3c-4b5a-4978-8867-5a4b3c2d1e0f,moz-extension://*',
    });
    expect(outcome.ok && outcome.config.ALLOWED_EXTENSION_IDS).toEqual([
      'abcdefghijklmnopabcdefghijklmnop',
      '0f1e2d3c-4b5a-4978-8867-5a4b3c2d1e0f',
      'moz-extension://*',
    ]);
  });

  it.each([
    [{}, 'MISTRAL_API_KEY: is required'],
    [{ MISTRAL_API_KEY: 'k', PORT: 'eighty' }, 'PORT:'],
    [{ MISTRAL_API_KEY: 'k', PORT: '70000' }, 'PORT:'],
    [{ MISTRAL_API_KEY: 'k', MISTRAL_SERVER_URL: 'ftp://x' }, 'MISTRAL_SERVER_URL:'],
    [{ MISTRAL_API_KEY: 'k', REDIS_URL: 'http://redis:6379' }, 'REDIS_URL:'],
    [{ MISTRAL_API_KEY: 'k', ALLOWED_EXTENSION_IDS: 'chrome-extension://abc' }, 'ALLOWED_EXTENSION_IDS.0: must be a Chrome id'],
    [{ MISTRAL_API_KEY: 'k', PROXY_TOKEN: 'short' }, 'PROXY_TOKEN: must be at least 24 characters'],
    [{ MISTRAL_API_KEY: 'k', RATE_LIMIT_ON_REDIS_DOWN: 'ignore' }, 'RATE_LIMIT_ON_REDIS_DOWN:'],
    [{ MISTRAL_API_KEY: 'k', UPSTREAM_RETRIES: '9' }, 'UPSTREAM_RETRIES:'],
  ])('refuses %j naming the variable', (env, expected) => {
    const outcome = parseConfig(env);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.message).toContain('Invalid proxy configuration:');
      expect(outcome.message).toContain(expected);
    }
  });

  it('never prints the value of a secret it refuses', () => {
    const outcome = parseConfig({ MISTRAL_API_KEY: 'k', PROXY_TOKEN: 'tooshort-secret' });
    expect(!outcome.ok && outcome.message).not.toContain('tooshort-secret');
  });
});
