// The background's reach into tabs and browser surfaces (commands to content
// scripts, the highlights setting, the context menu and the toolbar button),
// written against the slices of the browser API they use so unit tests drive
// them with fakes. The entrypoint passes `browser.tabs` and friends in.
import { envelope } from '../messaging';
import { outletForUrl } from '../outlets';
import type { Result } from '../types/result';

/** The slice of browser.tabs used here. */
export interface TabsApi {
  sendMessage(tabId: number, message: unknown): Promise<unknown>;
  query(filter: Record<string, never>): Promise<{ id?: number }[]>;
}

/** A command to the content script of one tab; a tab without one answers with an error Result. */
export async function toTab(tabs: TabsApi, tabId: number, message: unknown): Promise<Result<null>> {
  try {
    await tabs.sendMessage(tabId, message);
    return { ok: true, value: null };
  } catch {
    return { ok: false, error: 'Sverka is not running in that tab.' };
  }
}

/** The same command to the content script of every tab (tabs without one are skipped). */
export async function toAllTabs(tabs: TabsApi, message: unknown): Promise<void> {
  const all = await tabs.query({});
  await Promise.all(all.map((tab) => (tab.id === undefined ? undefined : toTab(tabs, tab.id, message))));
}

/** A stored boolean setting (WXT storage item slice). */
export interface BooleanSetting {
  getValue(): Promise<boolean>;
  setValue(value: boolean): Promise<void>;
}

/** Remembered for new pages, and applied to every tab Sverka runs in now. */
export async function setHighlights(tabs: TabsApi, setting: BooleanSetting, enabled: boolean): Promise<Result<null>> {
  await setting.setValue(enabled);
  await toAllTabs(tabs, envelope('setHighlights', { enabled }));
  return { ok: true, value: null };
}

export interface SurfaceDeps {
  openPanel(tabId: number): void;
  injectContentScript(tabId: number): Promise<void>;
  lookUp(text: string): void;
}

/** The context menu: "Look up in Sverka" on a selection, "Analyse this page with Sverka". */
export function onMenuClicked(deps: SurfaceDeps, info: { menuItemId: string | number; selectionText?: string }, tabId: number | undefined): void {
  if (tabId === undefined) return;
  if (info.menuItemId === 'sverka-lookup' && info.selectionText) {
    // The click is a user gesture: open the panel first, then fill it.
    deps.openPanel(tabId);
    deps.lookUp(info.selectionText.slice(0, 2_000));
  } else if (info.menuItemId === 'sverka-analyse') {
    deps.openPanel(tabId);
    deps.injectContentScript(tabId).catch((e) => console.warn('Sverka: cannot read this page', e));
  }
}

/**
 * The toolbar button opens the panel and counts as the reader asking: on a
 * page outside the registry it also reads the article. (Chrome's
 * openPanelOnActionClick would open the panel without granting activeTab.)
 */
export function onToolbarClicked(deps: SurfaceDeps, tab: { id?: number; url?: string }): void {
  if (tab.id === undefined) return;
  // Opening the panel must happen synchronously inside the click's user gesture.
  deps.openPanel(tab.id);
  if (tab.url && !outletForUrl(tab.url)) {
    deps.injectContentScript(tab.id).catch((e) => console.warn('Sverka: cannot read this page', e));
  }
}
