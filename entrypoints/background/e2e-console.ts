// Test-only route, compiled into builds made with SVERKA_E2E=1 and out of every
// shipped build (`__SVERKA_E2E__` is a build-time constant, see wxt.config.ts).
//
// Why: Firefox refuses a WebDriver client's navigation to moz-extension:// URLs,
// so tests/e2e-firefox cannot open `sidepanel.html?tabId=N` itself. At install
// the test build opens one extension page (the "console") in a background tab;
// the driver evaluates `browser.tabs.create(...)` there to open panels, and reads
// tab ids and session state the way the Chromium suite reads them from the worker.
// Nothing here adds a permission or listens to pages: the shipped manifest and
// message surface are identical.
import { browser } from 'wxt/browser';

/** Marker the shipped-build check looks for (scripts/check-shipped.mjs). */
export const E2E_CONSOLE_QUERY = 'sverka-e2e-console';

export function openE2eConsoleOnInstall(): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.tabs.create({ url: browser.runtime.getURL(`/options.html?${E2E_CONSOLE_QUERY}`), active: false }).catch((e) => console.error('Sverka e2e console', e));
  });
}
