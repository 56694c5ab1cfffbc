import { defineConfig } from 'wxt';
import { PORTAL_MATCH_PATTERNS } from './lib/portals/registry';

// One config, two browsers: Chrome MV3 (side_panel) and Firefox MV3 (sidebar_action).
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: 'Formlotse',
    description: '__MSG_extDescription__',
    default_locale: 'de',
    permissions: ['storage', 'alarms', 'activeTab', 'scripting', 'tabs', ...(browser === 'chrome' ? ['sidePanel'] : [])],
    // Static content scripts (and so host permissions) only for the known portals; any other site
    // only after the user asks for it (activeTab, or an optional permission for that one origin).
    host_permissions: PORTAL_MATCH_PATTERNS,
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    content_security_policy: {
      extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self';",
    },
    action: { default_title: 'Formlotse' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'formlotse@formlotse.org',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  zip: {
    artifactTemplate: 'formlotse-{{version}}-{{browser}}.zip',
    sourcesTemplate: 'formlotse-{{version}}-sources.zip',
    excludeSources: ['artifacts/**', 'test-results/**', '.ci/**'],
  },
});
