// Small per-tab records in storage.session besides the tab state (tab-state.ts):
// the quote waiting to be annotated, where the page's annotations were found
// at this visit, and a highlight click that no open panel received. They live
// in session storage for the reason the tab state does: MV3 stops the worker
// when idle, and a panel opened later must still find them. All are removed
// when the tab closes (clearTabSession).
import type { KeyValueArea } from './tab-state';
import type { AnnotationMessage } from '../annotations/protocol';
import type { AnchorReport } from '../annotations/types';

/** A quote waiting for its annotation: a selection from the page, or a matched statement's sentence. */
export interface AnnotationDraft {
  target: AnnotationMessage['saveAnnotation']['target'];
  /** Statements to offer ticked (the statement the reader annotated). */
  claimIds?: string[];
  published?: string;
  events?: string[];
}

/** The content script's anchoring report for the page the tab shows. */
export interface StoredAnchors {
  url: string;
  results: AnchorReport[];
  at: number;
}

/** A highlight the reader clicked: the card to focus when a panel opens. */
export interface PendingFocus {
  start: number;
  at: number;
}

/** A pending focus older than this is about a click the reader has moved on from. */
export const PENDING_FOCUS_MS = 30_000;

export const draftKey = (tabId: number) => `annotationDraft:${tabId}`;
export const anchorsKey = (tabId: number) => `annotationAnchors:${tabId}`;
export const pendingFocusKey = (tabId: number) => `pendingFocus:${tabId}`;
/** Where the group's (colleagues') annotations were found on the page: the panel marks those not found. */
export const groupAnchorsKey = (tabId: number) => `groupAnchors:${tabId}`;

async function read<T>(area: KeyValueArea, key: string): Promise<T | undefined> {
  return (await area.get(key))[key] as T | undefined;
}

/** The tab's draft: written by the background (a selection) or the panel (a statement card), removed when saved or cancelled. */
export const readDraft = (area: KeyValueArea, tabId: number) => read<AnnotationDraft>(area, draftKey(tabId));
export const writeDraft = (area: KeyValueArea, tabId: number, draft: AnnotationDraft) => area.set({ [draftKey(tabId)]: draft });
export const clearDraft = (area: KeyValueArea, tabId: number) => area.remove(draftKey(tabId));

/** The content script's latest anchoring report for the tab (the panel checks it is about the page shown). */
export const readAnchors = (area: KeyValueArea, tabId: number) => read<StoredAnchors>(area, anchorsKey(tabId));
export const writeAnchors = (area: KeyValueArea, tabId: number, anchors: StoredAnchors) => area.set({ [anchorsKey(tabId)]: anchors });

/** The content script's latest anchoring report of the colleagues' annotations (same shape as the reader's own). */
export const readGroupAnchors = (area: KeyValueArea, tabId: number) => read<StoredAnchors>(area, groupAnchorsKey(tabId));
export const writeGroupAnchors = (area: KeyValueArea, tabId: number, anchors: StoredAnchors) => area.set({ [groupAnchorsKey(tabId)]: anchors });

/** Written by the background on every highlight click; taken by the panel (takePendingFocus). */
export const writePendingFocus = (area: KeyValueArea, tabId: number, focus: PendingFocus) => area.set({ [pendingFocusKey(tabId)]: focus });

/** The pending focus of a tab if it is recent enough to act on; it is removed either way (it is acted on once). */
export async function takePendingFocus(area: KeyValueArea, tabId: number, now: number): Promise<PendingFocus | undefined> {
  const focus = await read<PendingFocus>(area, pendingFocusKey(tabId));
  if (!focus) return undefined;
  await area.remove(pendingFocusKey(tabId));
  return typeof focus.start === 'number' && now - focus.at >= 0 && now - focus.at < PENDING_FOCUS_MS ? focus : undefined;
}

/** Forgets everything this module keeps for a closed tab. */
export async function clearTabSession(area: KeyValueArea, tabId: number): Promise<void> {
  await Promise.all([draftKey, anchorsKey, pendingFocusKey, groupAnchorsKey].map((key) => area.remove(key(tabId))));
}
