// Context menus and the side panel: the two ways a reader asks Sverka to act
// on a page it does not read by itself.
import { browser } from 'wxt/browser';
import { t } from '../../lib/i18n';

let menus: Promise<void> = Promise.resolve();

/**
 * (Re)creates the menu items in the current UI language. Called at every start
 * of the worker and on every language change; calls are chained so two never
 * interleave (a second create of the same id would fail).
 */
export function setUpMenus(): Promise<void> {
  menus = menus.then(async () => {
    await browser.contextMenus.removeAll();
    browser.contextMenus.create({ id: 'sverka-lookup', title: t('menuLookUp'), contexts: ['selection'] });
    browser.contextMenus.create({ id: 'sverka-analyse', title: t('menuAnalyse'), contexts: ['page'] });
  }).catch((e) => console.warn('Sverka: the context menu could not be set up', e));
  return menus;
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
