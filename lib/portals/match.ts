// Recognising a known portal from a URL. Exact origin comparison on the parsed URL: no substring,
// suffix or wildcard matching, so lookalike hosts (typos, extra labels, userinfo tricks, punycode,
// http, ports) never match (ARCHITECTURE: static content scripts run only on known origins).
import type { PortalDefinition } from './types';

export function pathMatches(portal: PortalDefinition, pathname: string): boolean {
  return portal.paths.some((p) => (typeof p === 'string' ? pathname.startsWith(p) : p.test(pathname)));
}

export function findPortal(portals: readonly PortalDefinition[], url: string | URL | null | undefined): PortalDefinition | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = typeof url === 'string' ? new URL(url) : url;
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' || parsed.username || parsed.password) return null;
  return portals.find((p) => p.origins.includes(parsed.origin) && pathMatches(p, parsed.pathname)) ?? null;
}

/** Manifest match patterns for the static content script: one per origin, https only. */
export function matchPatterns(portals: readonly PortalDefinition[]): string[] {
  return [...new Set(portals.flatMap((p) => p.origins.map((o) => `${o}/*`)))].sort();
}
