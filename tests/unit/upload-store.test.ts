// The uploads database (lib/uploads/store.ts) on fake-indexeddb: a Blob goes
// in and comes out whole, the background's read deletes it in every outcome,
// and the start-up clean-up empties it.
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { isQuotaError, takeUpload, uploadStore, type UploadStore } from '../../lib/uploads/store';

const count = async (idb: IDBFactory) => uploadStore(idb).clear();

describe('uploads database', () => {
  it('keeps a Blob until it is deleted', async () => {
    const idb = new IDBFactory();
    const store = uploadStore(idb);
    await store.put('a', new Blob(['{"x": "ü"}'], { type: 'application/json' }));
    expect(await (await store.get('a'))?.text()).toBe('{"x": "ü"}');
    expect(await store.get('missing')).toBeUndefined();
    await store.delete('a');
    expect(await store.get('a')).toBeUndefined();
  });

  it('takeUpload decodes UTF-8 without the byte-order mark, counts bytes, and deletes the upload', async () => {
    const idb = new IDBFactory();
    const store = uploadStore(idb);
    await store.put('a', new File(['\uFEFF[{"claimReviewed": "Ступень"}]'], 'feed.json'));
    const taken = await takeUpload(store, 'a');
    expect(taken?.text).toBe('[{"claimReviewed": "Ступень"}]');
    expect(taken?.bytes).toBe(3 + new TextEncoder().encode(taken!.text).length); // the mark is 3 bytes
    expect(await store.get('a')).toBeUndefined();
    expect(await takeUpload(store, 'a')).toBeUndefined();
  });

  it('takeUpload deletes the upload even when reading it fails', async () => {
    const idb = new IDBFactory();
    const real = uploadStore(idb);
    await real.put('a', new Blob(['x']));
    const broken: UploadStore = { ...real, get: async () => ({ size: 1, text: () => Promise.reject(new Error('disk gone')) }) as unknown as Blob };
    await expect(takeUpload(broken, 'a')).rejects.toThrow('disk gone');
    expect(await real.get('a')).toBeUndefined();
  });

  it('clear() deletes every upload and says how many there were', async () => {
    const idb = new IDBFactory();
    const store = uploadStore(idb);
    await store.put('a', new Blob(['1']));
    await store.put('b', new Blob(['2']));
    expect(await store.clear()).toBe(2);
    expect(await count(idb)).toBe(0);
  });

  it('recognises a quota error, bare or wrapped by Dexie', () => {
    expect(isQuotaError(new DOMException('no space', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaError({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toBe(true);
    expect(isQuotaError(new Error('disk gone'))).toBe(false);
  });
});
