// WXT build configuration: Preact, the browser polyfill, and the minimal MV3 manifest.
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

/** Permissions of every build; none of them warns the user at install. */
const PERMISSIONS = ['activeTab', 'scripting', 'storage', 'contextMenus'];

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ mode }) => ({
    name: 'Liaison',
    description:
      'Clip scholarly articles, link them to KOLs and therapeutic areas, and export pre-meeting briefings. Local-first.',
    permissions: PERMISSIONS,
    // The e2e build may inject into local test pages without a user gesture; nothing else differs.
    host_permissions: mode === 'e2e' ? ['http://127.0.0.1/*'] : [],
    action: { default_title: 'Clip to Liaison' },
    commands: {
      'clip-page': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: 'Clip the current page to Liaison',
      },
    },
  }),
});
