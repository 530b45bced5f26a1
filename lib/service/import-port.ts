// The background's end of the import port (lib/protocol.ts IMPORT_PORT): the
// options page sends importBegin, the file in importChunk pieces, importEnd;
// this answers with progress messages and one final result. Closing the page
// (the port disconnects) or importCancel cancels; nothing of the pack stays.
// Every message is validated like any other message to the background.
import { parseMessage } from '../messaging';
import { IMPORT_CHUNK_CHARS, ImportPortToBackground, type ImportProgress, type Result } from '../protocol';
import type { ClaimDatabase } from '../claims/schema';
import type { ColumnMapping } from '../claims/csv-columns';
import type { SverkaDatabase } from '../db/database';
import { runImport } from './import-job';
import type { ImportReport } from './packs-api';

/** What the background's port is to this code (a subset of runtime.Port). */
export interface ImportPort {
  postMessage(message: unknown): void;
  onMessage: { addListener(fn: (message: unknown) => void): void };
  onDisconnect: { addListener(fn: () => void): void };
}

/** Messages to the page on the port. */
export type ImportPortMessage = { type: 'progress'; progress: ImportProgress } | { type: 'result'; result: Result<ImportReport> };

export function serveImportPort(port: ImportPort, db: SverkaDatabase, env: { now: () => Date; bundled: () => ClaimDatabase }): void {
  let begun: { fileName: string; size: number; columns?: ColumnMapping } | undefined;
  const chunks: string[] = [];
  let received = 0;
  let cancelled = false;
  let finished = false;
  const send = (m: ImportPortMessage) => {
    try {
      port.postMessage(m);
    } catch {
      cancelled = true; // The page is gone.
    }
  };
  const finish = (result: Result<ImportReport>) => {
    finished = true;
    send({ type: 'result', result });
  };
  port.onDisconnect.addListener(() => {
    cancelled = true;
  });
  port.onMessage.addListener((raw) => {
    if (finished) return;
    const parsed = parseMessage(ImportPortToBackground, raw);
    if (!parsed.ok) return finish({ ok: false, error: `The import stopped: ${parsed.error}. Nothing was changed.` });
    const { value } = parsed;
    switch (value.type) {
      case 'importBegin':
        begun = { fileName: value.payload.fileName, size: value.payload.size, columns: value.payload.columns };
        return;
      case 'importChunk':
        if (!begun) return finish({ ok: false, error: 'The import stopped: a piece of the file came before its start. Nothing was changed.' });
        chunks.push(value.payload.text);
        received += value.payload.text.length;
        if (received > begun.size + IMPORT_CHUNK_CHARS) return finish({ ok: false, error: 'The import stopped: more text arrived than the file holds. Nothing was changed.' });
        send({ type: 'progress', progress: { phase: 'receiving', received, size: begun.size, read: 0, stored: 0, skipped: 0 } });
        return;
      case 'importCancel':
        cancelled = true;
        return;
      case 'importEnd': {
        if (!begun) return finish({ ok: false, error: 'The import stopped: the file ended before it began. Nothing was changed.' });
        const input = { fileName: begun.fileName, text: chunks.join(''), columns: begun.columns };
        chunks.length = 0;
        runImport(db, input, { ...env, progress: (progress) => send({ type: 'progress', progress }), cancelled: () => cancelled })
          .then(finish, (e) => finish({ ok: false, error: `The file was not imported: ${e instanceof Error ? e.message : String(e)}. Nothing was changed.` }));
        return;
      }
    }
  });
}
