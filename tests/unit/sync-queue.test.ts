// The outgoing sync queue (lib/sync/queue.ts) with a fake client and a fake
// store: a publish is marked "maybe sent" in storage before its POST; when the
// worker is stopped before the answer arrives, the next run finds the copy by
// its marker tag instead of posting a duplicate; a delete of such a publish
// finds and removes the copy; a 429 waits for Retry-After; the watchdog alarm
// is on exactly while operations wait (lib/service/sync.ts).
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { enqueue, runQueue, EMPTY_STATE, type QueueDeps, type SyncState } from '../../lib/sync/queue';
import { localMarker } from '../../lib/sync/convert';
import * as sync from '../../lib/service/sync';
import type { ApiError, ApiResult, HypothesisClient } from '../../lib/sync/client';
import type { ApiAnnotation } from '../../lib/sync/api-schema';
import { openV2, sample } from '../fixtures/annotations/db';

interface Row { id: string; uri: string; tags: string[]; text: string; updated: string }

/** The subset of HypothesisClient the queue calls, over an in-memory group. */
class FakeClient {
  rows = new Map<string, Row>();
  calls: string[] = [];
  /** The next create stores the row and then never answers (the worker is stopped meanwhile). */
  loseNextAnswer = false;
  /** The next call fails with this error. */
  failNext?: ApiError;
  private n = 0;

  private failing(): { ok: false; error: ApiError } | undefined {
    const error = this.failNext;
    this.failNext = undefined;
    return error && { ok: false, error };
  }

  async create(body: { uri: string; tags?: string[]; text?: string }): Promise<ApiResult<ApiAnnotation>> {
    this.calls.push('create');
    const failed = this.failing();
    if (failed) return failed;
    const row: Row = { id: `r${++this.n}`, uri: body.uri, tags: body.tags ?? [], text: body.text ?? '', updated: `2026-03-01T12:00:0${this.n}.000000+00:00` };
    this.rows.set(row.id, row);
    if (this.loseNextAnswer) {
      this.loseNextAnswer = false;
      return new Promise(() => {});
    }
    return { ok: true, value: row as unknown as ApiAnnotation };
  }

  async update(id: string, body: { tags?: string[]; text?: string }): Promise<ApiResult<ApiAnnotation>> {
    this.calls.push('update');
    const row = this.rows.get(id);
    if (!row) return { ok: false, error: { kind: 'not-found' } };
    Object.assign(row, body, { updated: `${row.updated}+` });
    return { ok: true, value: row as unknown as ApiAnnotation };
  }

  async remove(id: string): Promise<ApiResult<null>> {
    this.calls.push('remove');
    return this.rows.delete(id) ? { ok: true, value: null } : { ok: false, error: { kind: 'not-found' } };
  }

  async search(uri: string): Promise<ApiResult<{ rows: unknown[]; complete: boolean }>> {
    this.calls.push('search');
    const failed = this.failing();
    if (failed) return failed;
    return { ok: true, value: { rows: [...this.rows.values()].filter((r) => r.uri === uri), complete: true } };
  }
}

const PAGE = 'https://tass.ru/politika/example-fixture';
const annotation = sample({ id: '0b0628de-fa24-4fbc-8eed-833c2aa56358', url: PAGE });

function setup(client = new FakeClient(), clock = { now: 1_000 }) {
  let stored: SyncState = EMPTY_STATE;
  const deps: QueueDeps = {
    client: client as unknown as HypothesisClient,
    group: 'desk1234',
    load: async (id) => (id === annotation.id ? annotation : undefined),
    save: async (s) => {
      stored = structuredClone(s);
    },
    now: () => clock.now,
  };
  return { client, deps, clock, stored: () => stored };
}

describe('a publish cut off by the worker being stopped', () => {
  it('is marked "maybe sent" in storage before the POST, and the next run adopts the copy instead of posting again', async () => {
    const { client, deps, stored } = setup();
    client.loseNextAnswer = true;
    void runQueue(deps, enqueue(EMPTY_STATE, { kind: 'publish', localId: annotation.id }, 0));
    await new Promise((r) => setTimeout(r, 10));
    // What a stopped worker leaves behind: the op, marked, and the copy on the server without a link.
    expect(stored().queue).toEqual([expect.objectContaining({ kind: 'publish', localId: annotation.id, maybeSent: { url: PAGE } })]);
    expect(stored().links).toEqual({});
    expect(client.rows.size).toBe(1);
    const [row] = client.rows.values();
    expect(row.tags).toContain(localMarker(annotation.id));

    const next = await runQueue(deps, stored());
    expect(client.calls).toEqual(['create', 'search', 'update']);
    expect(client.rows.size).toBe(1);
    expect(next.state).toMatchObject({ queue: [], links: { [annotation.id]: { remoteId: row.id, group: 'desk1234' } } });
  });

  it('when that POST never arrived, the search finds nothing and it is posted once', async () => {
    const { client, deps } = setup();
    client.failNext = { kind: 'offline', detail: 'TypeError' };
    const first = await runQueue(deps, enqueue(EMPTY_STATE, { kind: 'publish', localId: annotation.id }, 0));
    expect(first.state.queue[0]).toMatchObject({ attempts: 1, maybeSent: { url: PAGE } });
    const second = await runQueue({ ...deps, now: () => first.wakeAt! }, first.state);
    expect(client.calls).toEqual(['create', 'search', 'create']);
    expect(client.rows.size).toBe(1);
    expect(Object.keys(second.state.links)).toEqual([annotation.id]);
  });

  it('a delete of a publish that may have been sent finds the copy by its marker and deletes it', async () => {
    const { client, deps, stored } = setup();
    client.loseNextAnswer = true;
    void runQueue(deps, enqueue(EMPTY_STATE, { kind: 'publish', localId: annotation.id }, 0));
    await new Promise((r) => setTimeout(r, 10));
    const afterDelete = enqueue(stored(), { kind: 'delete', localId: annotation.id }, 0);
    expect(afterDelete.queue).toEqual([expect.objectContaining({ kind: 'delete', remoteId: '', url: PAGE })]);
    const done = await runQueue(deps, afterDelete);
    expect(done.state.queue).toEqual([]);
    expect(client.rows.size).toBe(0);
    expect(client.calls.slice(1)).toEqual(['search', 'remove']);
  });

  it('a search that fails (offline) keeps the op and backs off, posting nothing', async () => {
    const { client, deps, stored } = setup();
    client.loseNextAnswer = true;
    void runQueue(deps, enqueue(EMPTY_STATE, { kind: 'publish', localId: annotation.id }, 0));
    await new Promise((r) => setTimeout(r, 10));
    client.failNext = { kind: 'offline', detail: 'TypeError' };
    const r = await runQueue(deps, stored());
    expect(client.calls).toEqual(['create', 'search']);
    expect(r.state.queue).toEqual([expect.objectContaining({ attempts: 1, maybeSent: { url: PAGE } })]);
    expect(r.wakeAt).toBe(1_000 + 5_000);
  });
});

describe('rate limits', () => {
  it('429 waits for Retry-After: nothing is sent before, and it goes out after', async () => {
    const { client, deps, clock } = setup();
    client.failNext = { kind: 'rate-limited', retryAfterMs: 7_000 };
    const first = await runQueue(deps, enqueue(EMPTY_STATE, { kind: 'publish', localId: annotation.id }, 0));
    expect(first.wakeAt).toBe(8_000);
    expect(await runQueue(deps, first.state)).toEqual({ state: first.state, wakeAt: 8_000 });
    expect(client.calls).toEqual(['create']);
    clock.now = 8_000;
    const done = await runQueue(deps, first.state);
    expect(done.state.queue).toEqual([]);
    expect(client.rows.size).toBe(1);
  });
});

describe('the watchdog alarm (lib/service/sync.ts)', () => {
  it('is on while operations wait and off once the queue is empty', async () => {
    const switched: boolean[] = [];
    let online = false;
    const deps: sync.SyncDeps = {
      db: openV2('sync-watchdog'),
      local: fakeBrowser.storage.local,
      session: fakeBrowser.storage.session,
      fetch: async (url) => {
        if (!online) throw new TypeError('Failed to fetch');
        if (url.includes('/search?')) return Response.json({ total: 0, rows: [] });
        if (url.endsWith('/groups')) return Response.json([{ id: 'desk1234', name: 'Fact desk', type: 'private', public: false, scoped: false, links: {}, groupid: null }]);
        return Response.json({ id: 'r1', created: '2026-03-01T12:00:00.000000+00:00', updated: '2026-03-01T12:00:00.000000+00:00', user: 'acct:a@localhost', uri: PAGE, text: '', tags: [], group: 'desk1234', permissions: {}, target: [{ source: PAGE }], links: {}, hidden: false, flagged: false });
      },
      now: () => 0,
      hasPermission: async () => true,
      wakeAt: () => {},
      watchdog: (on) => switched.push(on),
      changed: () => {},
    };
    await deps.db.annotations.add(annotation);
    online = true;
    await sync.configureSync(deps, { base: 'http://127.0.0.1:9/api', token: 'token-alice', group: 'desk1234', groupName: '', autoPublish: true });
    online = false;
    switched.length = 0;
    await sync.annotationWritten(deps, 'saved', annotation.id);
    expect(switched.at(-1)).toBe(true);
    online = true;
    await sync.runSync({ ...deps, now: () => 60_000 });
    expect(switched.at(-1)).toBe(false);
    expect((await sync.getSyncStatus(deps)).ok && (await sync.getSyncStatus(deps) as { value: sync.SyncStatus }).value.pending).toBe(0);
  });
});

describe('what a publish sends for an annotation imported from an XPath and not yet anchored', () => {
  it('sends its range as Hypothesis writes one, not a page note', async () => {
    const { toHypothesis } = await import('../../lib/sync/convert');
    const base = sample({ url: 'https://example.org/a', exact: '', prefix: '', suffix: '', start: undefined, end: undefined });
    const ranged = toHypothesis({ ...base, xrange: { start: '/html[1]/body[1]/p[2]', startOffset: 3, end: '/html[1]/body[1]/p[2]', endOffset: 9 } }, 'g1');
    expect(ranged.target?.[0]).toEqual({ source: 'https://example.org/a', selector: [{ type: 'RangeSelector', startContainer: '/html[1]/body[1]/p[2]', startOffset: 3, endContainer: '/html[1]/body[1]/p[2]', endOffset: 9 }] });
    const element = toHypothesis({ ...base, xrange: { start: '/html[1]/body[1]/p[2]', startOffset: 0, end: '/html[1]/body[1]/p[2]' } }, 'g1');
    expect(element.target?.[0]).toEqual({ source: 'https://example.org/a', selector: [{ type: 'XPathSelector', value: '/html[1]/body[1]/p[2]' }] });
    expect(toHypothesis(base, 'g1').target?.[0]).toEqual({ source: 'https://example.org/a' });
  });
});
