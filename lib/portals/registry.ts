// Every known portal, one import each. Adding a portal: a file in this folder, one line here,
// a replica in tests/fixtures/portals/ (the meta-test checks the rest).
import { findPortal, matchPatterns } from './match';
import type { PortalDefinition } from './types';
import deVidex from './de-videx';

export const PORTALS: readonly PortalDefinition[] = [deVidex];

export function portalForUrl(url: string | URL | null | undefined): PortalDefinition | null {
  return findPortal(PORTALS, url);
}

export function portalById(id: string): PortalDefinition | null {
  return PORTALS.find((p) => p.id === id) ?? null;
}

/** The static content script's match patterns: exactly the known portals' https origins. */
export const PORTAL_MATCH_PATTERNS: string[] = matchPatterns(PORTALS);
