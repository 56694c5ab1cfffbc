// Every known portal, one import each. Adding a portal: a file in this folder, one line here,
// a replica in tests/fixtures/portals/ (the meta-test checks the rest).
import { findPortal, matchPatterns } from './match';
import type { PortalDefinition } from './types';
import deAuslandsportal from './de-auslandsportal';
import deBafoeg from './de-bafoeg';
import deElster from './de-elster';
import deElterngeld from './de-elterngeld';
import deKindergeld from './de-kindergeld';
import deRundfunkbeitrag from './de-rundfunkbeitrag';
import deVidex from './de-videx';
import deWohngeld from './de-wohngeld';
import deWohnsitzanmeldung from './de-wohnsitzanmeldung';
import frAnts from './fr-ants';
import frFranceVisas from './fr-france-visas';
import frImpots from './fr-impots';
import frServicePublic from './fr-service-public';

export const PORTALS: readonly PortalDefinition[] = [
  deVidex,
  deAuslandsportal,
  deWohnsitzanmeldung,
  deKindergeld,
  deElterngeld,
  deBafoeg,
  deRundfunkbeitrag,
  deElster,
  deWohngeld,
  frFranceVisas,
  frAnts,
  frImpots,
  frServicePublic,
];

export function portalForUrl(url: string | URL | null | undefined): PortalDefinition | null {
  return findPortal(PORTALS, url);
}

export function portalById(id: string): PortalDefinition | null {
  return PORTALS.find((p) => p.id === id) ?? null;
}

/** The static content script's match patterns: exactly the known portals' https origins. */
export const PORTAL_MATCH_PATTERNS: string[] = matchPatterns(PORTALS);
