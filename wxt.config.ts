import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { resolve } from 'node:path';
import { outletHostPatterns, outletMatchPatterns } from './lib/outlets';
import { bundledDataErrors, lexiconDataErrors } from './lib/claims/node-files';

/** Origins group sync may be granted (one origin is requested at run time, never these patterns whole). */
const SYNC_ORIGINS = ['https://*/*', 'http://127.0.0.1/*', 'http://localhost/*'];

// Host access is the outlet registry and nothing else: other pages are read
// only when the user asks (activeTab + scripting), see README "Permissions".
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // The design card fixes the top level; static files live under assets/.
  publicDir: 'assets/public',
  // Parallel checkouts and test runs can build side by side (SVERKA_OUT_DIR=.output-x).
  outDir: process.env.SVERKA_OUT_DIR ?? '.output',
  // One Manifest V3 for both browsers: `wxt build -b firefox` is MV3 too (background as an event page,
  // sidebar_action for the panel). Firefox 140 is the first ESR with the CSS Custom Highlight API.
  manifestVersion: 3,
  // The sources archive AMO asks for: the code, not generated test output or the e2e build.
  zip: { excludeSources: ['artifacts/**', '.output-*/**', 'test-results/**'] },
  vite: () => ({
    plugins: [preact()],
    define: {
      // Test-only routes (tests/e2e-firefox): true only when SVERKA_E2E=1 at build time; every shipped build
      // compiles them out (scripts/lint-firefox.mjs fails if the marker is in the shipped build).
      __SVERKA_E2E__: JSON.stringify(process.env.SVERKA_E2E === '1'),
      // The content script's `matches`, from the registry, so the script itself does not carry the registry.
      __OUTLET_MATCHES__: JSON.stringify(outletMatchPatterns()),
    },
  }),
  hooks: {
    // The bundled claims are source code: a build with invalid data must fail, naming file, record and field.
    // SVERKA_CLAIMS_DIR and SVERKA_LEXICON_DIR let the test of this hook point it at a broken copy.
    'build:before': async () => {
      const dir = process.env.SVERKA_CLAIMS_DIR ?? resolve(import.meta.dirname, 'assets/claims');
      const errors = await bundledDataErrors(dir);
      if (errors.length) throw new Error(`bundled claim data is invalid (${errors.length} error(s)), the build stops:\n${errors.join('\n')}`);
      // The lexicon too: the extension reads its stems as committed, without checking them at run time.
      const lexicon = await lexiconDataErrors(process.env.SVERKA_LEXICON_DIR ?? resolve(import.meta.dirname, 'assets/lexicon'));
      if (lexicon.length) throw new Error(`the lexicon is invalid, the build stops:\n${lexicon.join('\n')}`);
    },
  },
  manifest: ({ browser }) => ({
    name: 'Sverka',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'activeTab', 'scripting', 'contextMenus', 'alarms', ...(browser === 'firefox' ? [] : ['sidePanel', 'offscreen'])],
    host_permissions: outletHostPatterns(),
    // Asked for one origin at a time, only when the reader subscribes to a pack (https only, lib/packs/subscription-url.ts)
    // or sets up Hypothesis group sync (its API origin; see
    // lib/sync/config.ts): any HTTPS server for a self-hosted h, plain HTTP only on this computer.
    optional_host_permissions: SYNC_ORIGINS,
    action: { default_title: 'Sverka' },
    // The reader turns page highlights on and off without opening the panel; the background flips the setting.
    commands: { 'toggle-highlights': { suggested_key: { default: 'Alt+Shift+H' }, description: '__MSG_cmdToggleHighlights__' } },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'sverka@sverka.dev', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } } } }
      : {}),
  }),
});
