// A file on its way from the options page to the background (issue 11): the
// page puts the chosen File into this small IndexedDB database of the
// extension and names it in one port message; the background reads it and
// deletes it. A Blob is structured-cloneable into IndexedDB in Chrome and
// Firefox, so the 120 MB of a large feed never go through message
// serialisation. Separate from the main database ('sverka', lib/db): its
// schema is untouched, and clearing uploads can never touch claims.
// Raw IndexedDB, no Dexie or zod: the options page bundles this file.

/** The database's name; one object store of `{id, blob}` records keyed by id. */
export const UPLOADS_DB = 'sverka-uploads';
const STORE = 'uploads';

/** What the page and the background do with uploads; built on any IDBFactory (fake-indexeddb in tests). */
export interface UploadStore {
  /** Rejects with the browser's error (a QuotaExceededError when the disk or quota is full); then nothing is stored. */
  put(id: string, blob: Blob): Promise<void>;
  get(id: string): Promise<Blob | undefined>;
  delete(id: string): Promise<void>;
  /** Deletes every upload (the background at start: no import can be running yet); resolves with how many there were. */
  clear(): Promise<number>;
}

export function uploadStore(idb: IDBFactory, name = UPLOADS_DB): UploadStore {
  // One short-lived connection per operation: nothing stays open to block a later version or a deletion.
  const run = <T>(mode: IDBTransactionMode, body: (store: IDBObjectStore) => IDBRequest | undefined, pick: (r: IDBRequest | undefined) => T): Promise<T> =>
    open(idb, name).then((db) => new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const request = body(tx.objectStore(STORE));
      // Resolve on complete, not on the request's success: a quota error surfaces only when the write commits.
      tx.oncomplete = () => {
        db.close();
        resolve(pick(request));
      };
      tx.onabort = tx.onerror = () => {
        db.close();
        reject(tx.error ?? request?.error ?? new Error('the upload transaction was aborted'));
      };
    }));
  return {
    put: (id, blob) => run('readwrite', (s) => s.put({ id, blob }), () => undefined),
    get: (id) => run('readonly', (s) => s.get(id), (r) => {
      const row = r?.result as { blob?: unknown } | undefined;
      return row?.blob instanceof Blob ? row.blob : undefined;
    }),
    delete: (id) => run('readwrite', (s) => s.delete(id), () => undefined),
    clear: () => run('readwrite', (s) => {
      const count = s.count();
      s.clear();
      return count;
    }, (r) => Number(r?.result ?? 0)),
  };
}

function open(idb: IDBFactory, name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = idb.open(name, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'id' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
    request.onblocked = () => reject(new Error('the uploads database is blocked by another connection'));
  });
}

/**
 * The background's read of an upload: its text (UTF-8; a byte-order mark is
 * dropped by the decoder, and readFactCheckFile drops one again), and the
 * upload deleted whatever happens — read, failed or missing — so a large
 * file never outlives the import that took it.
 */
export async function takeUpload(store: UploadStore, id: string): Promise<{ text: string; bytes: number } | undefined> {
  try {
    const blob = await store.get(id);
    return blob && { text: await blob.text(), bytes: blob.size };
  } finally {
    await store.delete(id).catch(() => {});
  }
}

/** True for the error a full disk or an exhausted quota gives (Chrome and Firefox name it so; Dexie wraps it as `inner`). */
export function isQuotaError(e: unknown): boolean {
  const names = [e, (e as { inner?: unknown })?.inner].map((x) => String((x as { name?: unknown })?.name ?? ''));
  return names.some((n) => /quota/i.test(n)) || /quota/i.test(String((e as { message?: unknown })?.message ?? ''));
}
