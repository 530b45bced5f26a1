import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { outletMatchPatterns } from './lib/outlets';

// Host access is the outlet registry and nothing else: other pages are read
// only when the user asks (activeTab + scripting), see README "Permissions".
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // The design card fixes the top level; static files live under assets/.
  publicDir: 'assets/public',
  // Parallel checkouts and test runs can build side by side (SVERKA_OUT_DIR=.output-x).
  outDir: process.env.SVERKA_OUT_DIR ?? '.output',
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Sverka',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'activeTab', 'scripting', 'contextMenus', ...(browser === 'firefox' ? [] : ['sidePanel', 'offscreen'])],
    host_permissions: outletMatchPatterns(),
    action: { default_title: 'Sverka' },
    // The reader turns page highlights on and off without opening the panel; the background flips the setting.
    commands: { 'toggle-highlights': { suggested_key: { default: 'Alt+Shift+H' }, description: '__MSG_cmdToggleHighlights__' } },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'sverka@sverka.dev', strict_min_version: '115.0', data_collection_permissions: { required: ['none'] } } } }
      : {}),
  }),
});
