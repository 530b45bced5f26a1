// A page's snapshot arrives in pieces over a port (issue 14). One
// runtime.sendMessage of a 250–500 KB string cost the page 15–90 ms of
// main-thread serialisation in one task on the shared machine (bench:page,
// "send-snapshot"); posted as pieces of SNAPSHOT_PIECE_CHARS (32 KB, lib/page/analyse.ts), each in an idle
// slice, no piece costs more than a few milliseconds. The port is the
// transfer's lifetime: if the worker stops halfway, the page sees the port
// close and no half snapshot survives anywhere.
import type { Result } from '../types/result';
import { SnapshotSchema } from '../protocol';
import type { SnapshotInput } from '../extract/snapshot';

import { SNAPSHOT_PORT, type PortLike } from '../types/snapshot';

export { SNAPSHOT_PORT, type PortLike };

/** What the page posts: pieces of HTML in order, then the addresses, which end the transfer. */
export type SnapshotPiece = { piece: string } | { done: { url: string; baseUrl: string } };

/**
 * Collects the pieces of one snapshot. `push` returns the whole snapshot once
 * the last message arrives, an error Result when the messages are malformed
 * or over the size bound, and undefined while pieces are still coming.
 */
export function snapshotCollector(maxChars: number): { push(raw: unknown): Result<SnapshotInput> | undefined } {
  const pieces: string[] = [];
  let size = 0;
  let failed = false;
  return {
    push(raw) {
      if (failed) return { ok: false, error: 'snapshot refused' };
      const msg = raw as { piece?: unknown; done?: unknown } | null;
      if (msg && typeof msg.piece === 'string') {
        size += msg.piece.length;
        if (size > maxChars) {
          failed = true;
          return { ok: false, error: `The page's HTML is over ${maxChars} characters.` };
        }
        pieces.push(msg.piece);
        return undefined;
      }
      if (msg && typeof msg.done === 'object' && msg.done !== null) {
        failed = true; // one snapshot per port
        const parsed = SnapshotSchema.safeParse({ ...(msg.done as object), html: pieces.join('') });
        if (!parsed.success) return { ok: false, error: `invalid snapshot: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}` };
        return { ok: true, value: parsed.data };
      }
      failed = true;
      return { ok: false, error: 'not a snapshot message' };
    },
  };
}

export interface SnapshotPortDeps {
  /** isOwnContentScript for the port's sender (lib/messaging.ts). */
  isOwnContentScript(sender: PortLike['sender']): boolean;
  maxChars: number;
  /** The whole snapshot arrived: extract, match, answer (lib/service/handlers.ts snapshotTaken). */
  taken(tabId: number, snapshot: SnapshotInput): Promise<Result<unknown>>;
  /** A malformed or oversized snapshot from our own script: the tab ends in an error state (articleRejected). */
  rejected(tabId: number, url: string, error: string): Promise<unknown>;
}

/** Serves one snapshot port; false (and the port left alone) when it is not ours to serve. */
export function serveSnapshotPort(port: PortLike, deps: SnapshotPortDeps): boolean {
  if (port.name !== SNAPSHOT_PORT || !deps.isOwnContentScript(port.sender)) return false;
  const tabId = port.sender!.tab!.id!;
  const collector = snapshotCollector(deps.maxChars);
  let open = true;
  port.onDisconnect.addListener(() => {
    open = false;
  });
  const answer = (reply: unknown) => {
    if (!open) return;
    port.postMessage(reply);
    port.disconnect();
    open = false;
  };
  port.onMessage.addListener((raw) => {
    const result = collector.push(raw);
    if (!result) return;
    if (result.ok) void deps.taken(tabId, result.value).then(answer, (e: unknown) => answer({ ok: false, error: e instanceof Error ? e.message : String(e) }));
    else void deps.rejected(tabId, port.sender?.tab?.url ?? '', result.error).finally(() => answer(result));
  });
  return true;
}
