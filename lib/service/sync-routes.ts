// The background's routing of the sync messages (lib/sync/protocol.ts), kept
// out of the entrypoint like the annotation routes. Payloads arrive validated
// and sender-checked.
import * as sync from './sync';
import { pageKey } from '../annotations/normalize';
import { writeGroupAnchors } from './tab-session';
import type { SyncContentMessages, SyncMessages } from '../sync/protocol';
import type { Parsed } from '../messaging';
import type { Result } from '../protocol';

export type { SyncDeps } from './sync';
export { annotationWritten } from './sync';

/** Side panel / options page → background. */
export async function fromPanel(deps: sync.SyncDeps, msg: Parsed<typeof SyncMessages>, tabsChanged: () => void): Promise<Result<unknown>> {
  switch (msg.type) {
    case 'getSyncStatus':
      return sync.getSyncStatus(deps);
    case 'listSyncGroups':
      return sync.listGroups(deps, msg.payload);
    case 'configureSync': {
      const r = await sync.configureSync(deps, msg.payload);
      if (r.ok) tabsChanged(); // Pages pull and highlight the group's annotations now.
      return r;
    }
    case 'disableSync': {
      const r = await sync.disableSync(deps);
      if (r.ok) tabsChanged(); // Colleagues' highlights leave the pages.
      return r;
    }
    case 'publishAnnotations':
      return sync.publishAnnotations(deps, msg.payload);
    case 'pullGroupAnnotations': {
      const r = await sync.pullPage(deps, msg.payload.url);
      if (r.ok) tabsChanged();
      return r;
    }
    case 'getGroupAnnotations':
      return { ok: true, value: (await sync.readGroupPage(deps.session, msg.payload.url).catch(() => undefined)) ?? null };
  }
}

/**
 * Content script → background: a page gets only its own page's group
 * annotations, and reports where they were found (stored per tab for the
 * panel, which is told through `notify`).
 */
export async function fromContent(
  deps: sync.SyncDeps, senderUrl: string | undefined, msg: Parsed<typeof SyncContentMessages>, tab: { tabId: number; notify(tabId: number): void },
): Promise<Result<unknown>> {
  if (!senderUrl || pageKey(senderUrl) !== pageKey(msg.payload.url)) return { ok: false, error: 'A page can only read its own annotations.' };
  if (msg.type === 'groupAnnotationsAnchored') {
    await writeGroupAnchors(deps.session, tab.tabId, { url: senderUrl, results: msg.payload.results, at: deps.now() });
    tab.notify(tab.tabId);
    return { ok: true, value: null };
  }
  const r = await sync.pullPage(deps, senderUrl);
  return r.ok ? { ok: true, value: r.value.annotations } : r;
}
