// The background's end of the import port (lib/protocol.ts IMPORT_PORT). The
// file itself does not travel on the port: once this says `ready` (the
// uploads left by an earlier worker are gone), naming the upload id it
// chose, the options page stores the File under that id in the uploads
// database and sends one importUpload; this reads and deletes the upload,
// imports it with progress messages and answers with one final result.
// Closing the page (the port disconnects) or importCancel cancels; nothing
// of the pack stays. The background names the upload so that it can delete
// it itself when the page goes before handing it over — a page closed just
// after its write landed, or whose last message was lost with its port,
// would otherwise leave the file until the worker's next start. Every
// message is validated like any other message to the background.
import { parseMessage } from '../messaging';
import { ImportPortToBackground, type ImportProgress, type Result } from '../protocol';
import type { ImportPortMessage } from '../types/import';
import type { ClaimDatabase } from '../claims/schema';
import type { ColumnMapping } from '../claims/csv-columns';
import type { SverkaDatabase } from '../db/database';
import { takeUpload, type UploadStore } from '../uploads/store';
import { runImport } from './import-job';
import type { ImportReport } from './packs-api';

/** What the background's port is to this code (a subset of runtime.Port). */
export interface ImportPort {
  postMessage(message: unknown): void;
  onMessage: { addListener(fn: (message: unknown) => void): void };
  onDisconnect: { addListener(fn: () => void): void };
}

/** Messages to the page on the port (declared in lib/types/import.ts, which the page bundles without zod). */
export type { ImportPortMessage } from '../types/import';

export interface ImportPortEnv {
  now: () => Date;
  bundled: () => ClaimDatabase;
  uploads: UploadStore;
  /** Settles when the worker's start-up clean-up of old uploads has run (so it cannot delete this page's file). */
  uploadsCleaned: Promise<unknown>;
  /** A fresh upload id (a UUID) for each port. */
  newId: () => string;
}

const CANCELLED = 'Import cancelled. Nothing was changed.';

export function serveImportPort(port: ImportPort, db: SverkaDatabase, env: ImportPortEnv): void {
  let started = false;
  let cancelled = false;
  let finished = false;
  const id = env.newId();
  // Until importUpload takes it (takeUpload deletes it in every outcome), the upload is this end's to delete when the
  // page goes or the import ends early. IndexedDB runs this delete after a write the page began before it closed.
  const release = () => {
    if (!started) void env.uploads.delete(id).catch(() => {});
  };
  const send = (m: ImportPortMessage) => {
    try {
      port.postMessage(m);
    } catch {
      cancelled = true; // The page is gone.
    }
  };
  const finish = (result: Result<ImportReport>) => {
    finished = true;
    release();
    send({ type: 'result', result });
  };
  port.onDisconnect.addListener(() => {
    cancelled = true;
    release();
  });
  // The page writes its file only after this; a failed clean-up is logged by the caller and does not stop imports.
  const sayReady = () => cancelled || send({ type: 'ready', id });
  void env.uploadsCleaned.then(sayReady, sayReady);
  port.onMessage.addListener((raw) => {
    if (finished) return;
    const parsed = parseMessage(ImportPortToBackground, raw);
    if (!parsed.ok) return finish({ ok: false, error: `The import stopped: ${parsed.error}. Nothing was changed.` });
    const { value } = parsed;
    if (value.type === 'importCancel') {
      cancelled = true;
      return;
    }
    if (started) return finish({ ok: false, error: 'The import stopped: a second file came on the same import. Nothing was changed.' });
    started = true;
    const { fileName, size, columns } = value.payload;
    send({ type: 'progress', progress: { phase: 'handing', received: 0, size, read: 0, stored: 0, skipped: 0 } });
    importUpload(db, env, { id, fileName, size, columns }, { progress: (progress) => send({ type: 'progress', progress }), cancelled: () => cancelled })
      .then(finish, (e) => finish({ ok: false, error: `The file was not imported: ${e instanceof Error ? e.message : String(e)}. Nothing was changed.` }));
  });
}

/** Reads the named upload (deleting it in every outcome), then runs the same import as ever on its text. */
async function importUpload(
  db: SverkaDatabase, env: ImportPortEnv, upload: { id: string; fileName: string; size: number; columns?: ColumnMapping },
  job: { progress: (p: ImportProgress) => void; cancelled: () => boolean },
): Promise<Result<ImportReport>> {
  const file = await takeUpload(env.uploads, upload.id);
  if (!file) return { ok: false, error: 'The import stopped: the file was not found where the options page had put it. Nothing was changed.' };
  if (file.bytes !== upload.size) return { ok: false, error: `The import stopped: the stored file has ${file.bytes} bytes, not the ${upload.size} announced. Nothing was changed.` };
  if (job.cancelled()) return { ok: false, error: CANCELLED };
  return runImport(db, { fileName: upload.fileName, text: file.text, columns: upload.columns }, { now: env.now, bundled: env.bundled, ...job });
}
