// The proxy's whole configuration, read once from the environment and validated at start, so a
// typo fails loudly at boot instead of at the first citizen's request. docs/proxy.md lists every
// variable; keep the two in step.
import { z } from 'zod';

const int = (min: number, max: number, fallback: number) =>
  z.coerce.number().int().min(min).max(max).default(fallback);

const optionalText = z.string().trim().optional();

// Chrome extension ids are 32 letters a–p; Firefox's moz-extension host is a UUID that each
// installation draws at random (MDN, "runtime.getURL"), so Firefox ids are listed per installation
// or allowed as a whole with the explicit entry "moz-extension://*".
const EXTENSION_ID = /^(?:[a-p]{32}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|moz-extension:\/\/\*)$/;

const envSchema = z
  .object({
    MISTRAL_API_KEY: optionalText,
    MISTRAL_MODEL: z.string().trim().default('mistral-small-latest'),
    MISTRAL_SERVER_URL: z.url({ protocol: /^https?$/ }).optional(),
    HOST: z.string().trim().default('127.0.0.1'),
    PORT: int(0, 65535, 8787),
    REDIS_URL: z.url({ protocol: /^rediss?$/ }).optional(),
    ALLOWED_EXTENSION_IDS: z
      .string()
      .default('')
      .transform((v) => v.split(',').map((id) => id.trim()).filter(Boolean))
      .pipe(z.array(z.string().regex(EXTENSION_ID, 'must be a Chrome id (32 letters a–p), a Firefox UUID, or moz-extension://*'))),
    PROXY_TOKEN: z.string().min(24, 'must be at least 24 characters when set').optional(),
    RATE_LIMIT_POINTS: int(1, 1_000_000_000, 20),
    RATE_LIMIT_WINDOW_S: int(1, 86_400, 60),
    RATE_LIMIT_ON_REDIS_DOWN: z.enum(['memory', 'refuse']).default('memory'),
    MAX_BODY_BYTES: int(1024, 1_048_576, 16_384),
    MAX_OUTPUT_TOKENS: int(16, 4096, 500),
    UPSTREAM_TIMEOUT_MS: int(100, 300_000, 20_000),
    UPSTREAM_RETRIES: int(0, 5, 2),
    UPSTREAM_RETRY_BASE_MS: int(1, 10_000, 300),
    TRUST_PROXY_HOPS: int(0, 5, 0),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'silent']).default('info'),
  })
  .refine((env) => env.MISTRAL_API_KEY !== undefined || env.MISTRAL_SERVER_URL !== undefined, {
    path: ['MISTRAL_API_KEY'],
    message: 'is required (or set MISTRAL_SERVER_URL to a self-hosted server that needs no key)',
  });

export type ProxyConfig = z.output<typeof envSchema>;

export type ConfigOutcome = { ok: true; config: ProxyConfig } | { ok: false; message: string };

/** Parse the environment; the failure message names every bad variable, never its value. */
export function parseConfig(env: Record<string, string | undefined>): ConfigOutcome {
  // An empty variable (`PORT=`) counts as unset, as in most shells' and compose files' habits.
  const set = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ''));
  const parsed = envSchema.safeParse(set);
  if (parsed.success) return { ok: true, config: parsed.data };
  const lines = parsed.error.issues.map((issue) => `  - ${issue.path.join('.') || '(env)'}: ${issue.message}`);
  return { ok: false, message: `Invalid proxy configuration:\n${lines.join('\n')}` };
}
