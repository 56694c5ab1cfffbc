// Is the tab on a known portal? Decided from the tab's URL as the browser reports it (tabs API),
// by exact https origin (lib/portals/match.ts rules): a lookalike host is an unknown site.
import { PORTALS } from '@/lib/portals/registry';
import type { PortalDefinition } from '@/lib/portals/types';

export type Trust =
  | { kind: 'known'; portal: PortalDefinition; origin: string }
  | { kind: 'unknown'; origin: string }
  /** Not a web page (browser pages, files, no tab). */
  | { kind: 'none' };

function parse(url: string | null | undefined): URL | null {
  try {
    return url ? new URL(url) : null;
  } catch {
    return null;
  }
}

export function trustOf(url: string | null | undefined, portals: readonly PortalDefinition[] = PORTALS): Trust {
  const u = parse(url);
  if (!u || (u.protocol !== 'https:' && u.protocol !== 'http:')) return { kind: 'none' };
  const portal = u.protocol === 'https:' && !u.username && !u.password ? portals.find((p) => p.origins.includes(u.origin)) : undefined;
  return portal ? { kind: 'known', portal, origin: u.origin } : { kind: 'unknown', origin: u.origin };
}

/** The match pattern for exactly one origin: what the panel asks the browser for, and what the background checks. */
export function originPattern(url: string | null | undefined): string | null {
  const u = parse(url);
  return u && (u.protocol === 'https:' || u.protocol === 'http:') ? `${u.origin}/*` : null;
}
