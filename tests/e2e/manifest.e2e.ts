// The built manifests (both browsers) say what the architecture promises: side panel / sidebar,
// content scripts and host permissions only on the known portals' https origins, a strict CSP.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PORTALS } from '../../lib/portals/registry';
import { CHROME_BUILD, FIREFOX_BUILD } from './harness';

const portalPatterns = [...new Set(PORTALS.flatMap((p) => p.origins.map((o) => `${o}/*`)))].sort();
const manifests = {
  chrome: JSON.parse(readFileSync(join(CHROME_BUILD, 'manifest.json'), 'utf8')),
  firefox: JSON.parse(readFileSync(join(FIREFOX_BUILD, 'manifest.json'), 'utf8')),
};

describe.each(Object.entries(manifests))('%s manifest', (browser, manifest) => {
  it('is MV3 with the strict extension-pages CSP (wasm for Argon2id, no remote code)', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.content_security_policy.extension_pages).toBe("script-src 'self' 'wasm-unsafe-eval'; object-src 'self';");
  });

  it('runs content scripts only on the known portals, https only', () => {
    const matches = manifest.content_scripts.flatMap((c: { matches: string[] }) => c.matches).sort();
    expect(matches).toEqual(portalPatterns);
    expect(manifest.host_permissions.sort()).toEqual(portalPatterns);
    for (const m of matches) expect(m).toMatch(/^https:\/\/[a-z0-9.-]+\/\*$/);
  });

  it('has the guide where each browser shows it', () => {
    if (browser === 'chrome') {
      expect(manifest.side_panel.default_path).toBe('sidepanel.html');
      expect(manifest.permissions).toContain('sidePanel');
    } else {
      expect(manifest.sidebar_action.default_panel).toBe('sidepanel.html');
      expect(manifest.permissions).not.toContain('sidePanel');
      expect(manifest.browser_specific_settings.gecko.id).toBe('formlotse@formlotse.org');
      expect(manifest.browser_specific_settings.gecko.data_collection_permissions.required).toEqual(['none']);
    }
  });
});
