// The options page's end of the import port (lib/service/import-port.ts): it
// connects, waits for the background's `ready`, puts the chosen File into the
// uploads database (lib/uploads/store.ts) under the id `ready` named, and
// sends one importUpload — the file's text never crosses the port, which
// Chrome would JSON-serialise (16 s of a 200,000-item import, issue 11). It relays the
// background's progress and resolves with its one result. Cancel before the
// hand-over ends here; after it, importCancel asks the background. A
// background that stops mid-import (the browser restarted the worker)
// disconnects the port, which ends the import with a clear message — the
// database keeps either its previous state or the whole pack
// (lib/db/pack-stage.ts). The page deletes its upload whenever the
// background may not have taken it; the background deletes what it took, and
// what it named when the page goes (or its message is lost) before taking it.
// No zod here (the options page bundles this); the environment comes in.
import { envelope } from '../messaging';
import type { ColumnMapping } from '../claims/csv-columns';
import type { ImportPortMessage, ImportProgress } from '../types/import';
import type { ImportReport } from '../types/packs';
import type { Result } from '../types/result';
import { isQuotaError, type UploadStore } from './store';

/** What the import form passes for one import. */
export interface ImportOptions {
  columns?: ColumnMapping;
  onProgress(progress: ImportProgress): void;
  signal: AbortSignal;
}

/** The page's side of a runtime.Port named IMPORT_PORT. */
export interface PagePort {
  postMessage(message: unknown): void;
  disconnect(): void;
  onMessage: { addListener(fn: (message: unknown) => void): void };
  onDisconnect: { addListener(fn: () => void): void };
}

export interface HandOverEnv {
  connect(): PagePort;
  uploads: UploadStore;
}

export const STOPPED = 'The import stopped because Sverka’s background was restarted by the browser. The database is as it was before this import (or, if the import had just finished, holds the whole new pack); try again.';
const FULL = "The file was not imported: the browser's storage for Sverka is full, so the file could not be handed to Sverka. Nothing was changed.";
const CANCELLED = 'Import cancelled. Nothing was changed.';

export function handOverFile(file: File, opts: ImportOptions, env: HandOverEnv): Promise<Result<ImportReport>> {
  return new Promise((resolve) => {
    let id: string | undefined;
    let done = false;
    let handedOver = false;
    let stored: Promise<unknown> = Promise.resolve();
    const port = env.connect();
    // Until the background has the message, the upload is the page's to delete (after its write settles).
    const discard = () => void stored.catch(() => {}).then(() => (id === undefined ? undefined : env.uploads.delete(id))).catch(() => {});
    const end = (result: Result<ImportReport>) => {
      if (done) return;
      done = true;
      if (!handedOver) discard();
      resolve(result);
      try {
        port.disconnect();
      } catch {
        // already closed
      }
    };
    // A port whose other end has gone throws on posting (before its disconnect may have arrived).
    const post = (message: unknown): boolean => {
      try {
        port.postMessage(message);
        return true;
      } catch {
        return false;
      }
    };
    const handOver = async (named: string) => {
      id = named;
      opts.onProgress({ phase: 'handing', received: 0, size: file.size, read: 0, stored: 0, skipped: 0 });
      stored = env.uploads.put(named, file);
      try {
        await stored;
      } catch (e) {
        return end({ ok: false, error: isQuotaError(e) ? FULL : `The file could not be handed to Sverka: ${e instanceof Error ? e.message : String(e)}. Nothing was changed.` });
      }
      if (done) return; // Cancelled or stopped meanwhile: end() has discarded the upload.
      // The worker may have stopped while the file was being stored, before its disconnect reached us: posting
      // then throws, and the upload is still the page's to delete.
      if (!post(envelope('importUpload', { fileName: file.name.slice(0, 2000) || 'import', size: file.size, ...(opts.columns ? { columns: opts.columns } : {}) }))) return end({ ok: false, error: STOPPED });
      handedOver = true;
    };
    port.onMessage.addListener((raw: unknown) => {
      const m = raw as ImportPortMessage;
      if (m?.type === 'ready' && !done) {
        if (typeof m.id === 'string' && m.id && id === undefined) void handOver(m.id);
        else end({ ok: false, error: 'The import stopped: Sverka’s background sent an unexpected message. Nothing was changed.' });
      }
      else if (m?.type === 'progress') opts.onProgress(m.progress);
      else if (m?.type === 'result') end(m.result);
    });
    port.onDisconnect.addListener(() => {
      // The background died: it may not have deleted what it took.
      if (!done) discard();
      end({ ok: false, error: STOPPED });
    });
    opts.signal.addEventListener('abort', () => {
      if (done) return;
      if (!handedOver) end({ ok: false, error: CANCELLED });
      else if (!post(envelope('importCancel', {}))) end({ ok: false, error: STOPPED });
    });
  });
}
