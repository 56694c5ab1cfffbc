// Anti-phishing: for every known portal, lookalike URLs built the way phishing pages are (typos, extra or
// missing labels, http, other TLDs, Cyrillic homoglyphs in Unicode and punycode, userinfo tricks,
// real.host.evil.example, ports, trailing dots) are never recognised as that portal or any other; the
// real URLs are. (ARCHITECTURE: static content scripts run only on the known portals' exact origins.)
import { describe, expect, it } from 'vitest';
import { PORTALS, PORTAL_MATCH_PATTERNS, portalForUrl } from '../../../lib/portals/registry';
import { lookalikesOf, sameOriginSpellings, type LookalikeKind } from './lookalikes';

const REAL_ORIGINS = new Set(PORTALS.flatMap((p) => p.origins));

/** A generated lookalike that happens to be another portal's real origin is not a lookalike. */
function isRealOrigin(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' && !u.username && !u.password && REAL_ORIGINS.has(u.origin);
  } catch {
    return false;
  }
}

const ALL_KINDS: LookalikeKind[] = [
  'typo-swap', 'typo-drop', 'typo-double', 'extra-label', 'missing-label', 'http', 'other-tld',
  'homoglyph-unicode', 'homoglyph-punycode', 'userinfo', 'suffix-domain', 'port', 'trailing-dot', 'path-or-query',
];

describe.each(PORTALS.map((p) => [p.id, p] as const))('portal %s', (_id, portal) => {
  const realUrls = [...portal.fixtures.map((f) => f.url), ...portal.origins.map((o) => `${o}${typeof portal.paths[0] === 'string' ? portal.paths[0] : ''}`)];

  it('is recognised at its real URLs, however the same origin is spelled', () => {
    for (const url of portal.fixtures.map((f) => f.url)) {
      for (const spelling of sameOriginSpellings(url)) {
        expect(portalForUrl(spelling)?.id, spelling).toBe(portal.id);
        expect(portalForUrl(new URL(spelling))?.id, spelling).toBe(portal.id);
      }
    }
  });

  it('recognises no lookalike URL as any portal', () => {
    const lookalikes = realUrls.flatMap(lookalikesOf).filter((l) => !isRealOrigin(l.url));
    expect(new Set(lookalikes.map((l) => l.kind))).toEqual(new Set(ALL_KINDS));
    expect(lookalikes.length).toBeGreaterThan(50);
    const recognised = lookalikes.filter((l) => portalForUrl(l.url) !== null).map((l) => `${l.kind} ${l.url}`);
    expect(recognised).toEqual([]);
    const parsedRecognised = lookalikes
      .filter((l) => URL.canParse(l.url) && portalForUrl(new URL(l.url)) !== null)
      .map((l) => `${l.kind} ${l.url}`);
    expect(parsedRecognised).toEqual([]);
  });

  it('turns Unicode homoglyph hosts into xn-- hosts that differ from the real one', () => {
    const glyphs = realUrls.flatMap(lookalikesOf).filter((l) => l.kind === 'homoglyph-unicode');
    expect(glyphs.length).toBeGreaterThan(0);
    for (const g of glyphs) {
      const host = new URL(g.url).hostname;
      expect(host).toMatch(/(^|\.)xn--/);
      expect(portal.origins).not.toContain(`https://${host}`);
    }
  });
});

describe('portal match patterns', () => {
  it('cover exactly the real https origins, with no wildcard host', () => {
    expect(PORTAL_MATCH_PATTERNS).toEqual([...REAL_ORIGINS].map((o) => `${o}/*`).sort());
    for (const pattern of PORTAL_MATCH_PATTERNS) expect(pattern).toMatch(/^https:\/\/[a-z0-9.-]+\/\*$/);
  });

  it('recognise nothing for unparseable or empty input', () => {
    for (const input of ['', 'videx.diplo.de/videx/', 'https://', 'javascript:alert(1)', 'https://[::1', null, undefined]) {
      expect(portalForUrl(input)).toBeNull();
    }
  });
});
