// WXT build configuration: Preact, the browser polyfill, and the minimal MV3 manifest (optional host access only on request).
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { slimReadabilityPlugin } from './build/slim-readability';

/** Permissions of every build; none of them warns the user at install. */
const PERMISSIONS = ['activeTab', 'scripting', 'storage', 'contextMenus'];

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  // Manifest V3 for Firefox too, so both browsers get the same permissions and APIs.
  manifestVersion: 3,
  vite: () => ({ plugins: [preact(), slimReadabilityPlugin()] }),
  manifest: ({ mode, browser }) => ({
    name: 'Liaison',
    description:
      'Clip scholarly articles, link them to KOLs and therapeutic areas, and export pre-meeting briefings. Local-first.',
    permissions: PERMISSIONS,
    // Asked for only when the user turns on "Recognise library pages" in Settings; optional, so no install warning.
    optional_host_permissions: ['*://*/*'],
    // The e2e build may inject into local test pages without a user gesture; nothing else differs.
    ...(mode === 'e2e' ? { host_permissions: ['http://127.0.0.1/*'] } : {}),
    action: { default_title: 'Clip to Liaison' },
    // Firefox needs an add-on id for storage; Liaison collects and transmits no data at all.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'liaison@liaison.local',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
    commands: {
      'clip-page': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: 'Clip the current page to Liaison',
      },
      'highlight-selection': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: 'Highlight the selection with a note, or show the highlights of this page',
      },
    },
  }),
});
