// The options page's end of the import port (lib/protocol.ts IMPORT_PORT):
// decodes the chosen file as a stream of text (UTF-8, never split inside a
// character), sends it in pieces, relays the background's progress, and
// resolves with its one result. Cancel sends importCancel; a background that
// stops mid-import (the browser restarted the worker) disconnects the port,
// which ends the import with a clear message — the database keeps either its
// previous state or the whole pack (lib/db/pack-stage.ts).
import { browser } from 'wxt/browser';
import { envelope } from '../lib/messaging';
import { IMPORT_CHUNK_CHARS, IMPORT_PORT } from '../lib/types/import';
import type { Result } from '../lib/protocol';
import type { ImportReport } from '../lib/service/packs-api';
import type { ImportPortMessage } from '../lib/service/import-port';
import type { ImportOptions } from './browser/ImportForm';

const STOPPED = 'The import stopped because Sverka’s background was restarted by the browser. The database is as it was before this import (or, if the import had just finished, holds the whole new pack); try again.';

export function importFileOverPort(file: File, opts: ImportOptions): Promise<Result<ImportReport>> {
  return new Promise((resolve) => {
    let done = false;
    const port = browser.runtime.connect({ name: IMPORT_PORT });
    const end = (result: Result<ImportReport>) => {
      if (done) return;
      done = true;
      resolve(result);
      try {
        port.disconnect();
      } catch {
        // already closed
      }
    };
    port.onMessage.addListener((raw: unknown) => {
      const m = raw as ImportPortMessage;
      if (m?.type === 'progress') opts.onProgress(m.progress);
      else if (m?.type === 'result') end(m.result);
    });
    port.onDisconnect.addListener(() => end({ ok: false, error: STOPPED }));
    opts.signal.addEventListener('abort', () => {
      if (!done) port.postMessage(envelope('importCancel', {}));
    });
    void send(file, opts, port).catch((e) => end({ ok: false, error: `The file could not be read: ${e instanceof Error ? e.message : String(e)}` }));
  });
}

async function send(file: File, opts: ImportOptions, port: { postMessage(m: unknown): void }): Promise<void> {
  // Characters are at most as many as bytes in UTF-8; the background checks the total against this.
  port.postMessage(envelope('importBegin', { fileName: file.name.slice(0, 2000) || 'import', size: file.size, ...(opts.columns ? { columns: opts.columns } : {}) }));
  const reader = file.stream().pipeThrough(new TextDecoderStream()).getReader();
  let pending = '';
  for (;;) {
    if (opts.signal.aborted) return;
    const { value, done } = await reader.read();
    if (value) pending += value;
    while (pending.length >= IMPORT_CHUNK_CHARS || (done && pending.length)) {
      port.postMessage(envelope('importChunk', { text: pending.slice(0, IMPORT_CHUNK_CHARS) }));
      pending = pending.slice(IMPORT_CHUNK_CHARS);
    }
    if (done) break;
  }
  port.postMessage(envelope('importEnd', {}));
}
