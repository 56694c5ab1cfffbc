// The assistant's settings: off by default, the operator's proxy URL, an optional bearer token.
// Kept in storage.local (they are not secret from the user and must survive restarts); nothing of
// the profile is ever stored here. The proxy's origin is an optional host permission, granted by
// the user when switching the assistant on (components/assistant/AssistantSettings.tsx).
import { storage } from 'wxt/utils/storage';

export interface AssistantSettings {
  enabled: boolean;
  /** The proxy's base URL as the operator publishes it, e.g. "https://assist.example.de". */
  proxyUrl: string;
  /** The operator's bearer token, when their proxy asks for one (PROXY_TOKEN on the proxy). */
  token?: string;
}

export const DEFAULT_SETTINGS: AssistantSettings = { enabled: false, proxyUrl: '' };

/** Accepts only the shape we write; anything else (a damaged or foreign value) means "off". */
export function parseSettings(value: unknown): AssistantSettings {
  if (typeof value !== 'object' || value === null) return DEFAULT_SETTINGS;
  const v = value as Record<string, unknown>;
  const proxyUrl = typeof v.proxyUrl === 'string' ? v.proxyUrl : '';
  const token = typeof v.token === 'string' && v.token !== '' ? v.token : undefined;
  const enabled = v.enabled === true && checkProxyUrl(proxyUrl).ok;
  return token === undefined ? { enabled, proxyUrl } : { enabled, proxyUrl, token };
}

export const assistantSettings = storage.defineItem<AssistantSettings>('local:assistant-settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

export async function readSettings(): Promise<AssistantSettings> {
  return parseSettings(await assistantSettings.getValue().catch(() => null));
}

/** Called with the new settings whenever they change (another page switched the assistant). Returns the unwatch function. */
export function watchSettings(listener: (settings: AssistantSettings) => void): () => void {
  return assistantSettings.watch((value) => listener(parseSettings(value)));
}

export type ProxyUrlProblem = 'empty' | 'invalid' | 'insecure' | 'credentials' | 'query';
export type ProxyUrlCheck = { ok: true; url: URL } | { ok: false; problem: ProxyUrlProblem };

/** Plain http only to the user's own machine: an operator testing a proxy locally (RFC 6761 localhost). */
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** https anywhere; http only on loopback; no user:password@, query or fragment (the path is the base). */
export function checkProxyUrl(text: string): ProxyUrlCheck {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, problem: 'empty' };
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return { ok: false, problem: 'invalid' };
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname))) {
    return { ok: false, problem: url.protocol === 'http:' ? 'insecure' : 'invalid' };
  }
  if (url.username || url.password) return { ok: false, problem: 'credentials' };
  if (url.search || url.hash) return { ok: false, problem: 'query' };
  return { ok: true, url };
}

/**
 * The host permission pattern for the proxy: scheme and host, any port and path. Firefox match
 * patterns cannot name a port (MDN "Match patterns", bug 1362809), and Chrome treats a pattern
 * without a port as any port, so one pattern works in both.
 */
export function permissionPatternOf(url: URL): string {
  return `${url.protocol}//${url.hostname}/*`;
}

/** The explain endpoint under the operator's base URL (a base with a path keeps it: /assist → /assist/v1/explain). */
export function explainUrlOf(base: URL): URL {
  const path = base.pathname.endsWith('/') ? base.pathname : `${base.pathname}/`;
  return new URL(`${path}v1/explain`, base.origin);
}
