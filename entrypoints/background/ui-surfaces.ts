// Context menus and the side panel: the two ways a reader asks Sverka to act
// on a page it does not read by itself.
import { browser } from 'wxt/browser';
import { t } from '../../lib/i18n';

export function setUpMenus(): void {
  browser.contextMenus.removeAll().then(() => {
    browser.contextMenus.create({ id: 'sverka-lookup', title: t('menuLookUp'), contexts: ['selection'] });
    browser.contextMenus.create({ id: 'sverka-analyse', title: t('menuAnalyse'), contexts: ['page'] });
  });
}

type ChromeSidePanel = { open(o: { tabId: number }): Promise<void> };

/** Opens the side panel (Chrome) or sidebar (Firefox); needs a user gesture, fails quietly without one. */
export async function openPanel(tabId: number): Promise<void> {
  const sidePanel = (globalThis as { chrome?: { sidePanel?: ChromeSidePanel } }).chrome?.sidePanel;
  try {
    if (sidePanel) await sidePanel.open({ tabId });
    else await (browser as unknown as { sidebarAction: { open(): Promise<void> } }).sidebarAction.open();
  } catch {
    // Without a gesture (e.g. in tests) the panel stays as it is; the lookup is stored for when it opens.
  }
}
