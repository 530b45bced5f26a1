// Hypothesis group sync (lib/service/sync.ts, lib/sync/*) against the fake
// Hypothesis API (tests/fixtures/hypothesis/fake-api.ts) on 127.0.0.1, with
// the real fetch, fake-indexeddb and WXT's fake storage. The fake checks every
// request body against the API reference's schemas; `fake.invalid` must stay empty.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { FakeHypothesis } from '../fixtures/hypothesis/fake-api';
import { openV2, sample } from '../fixtures/annotations/db';
import * as sync from '../../lib/service/sync';
import { fromPanel as annotationRoute, type AnnotationRouteDeps } from '../../lib/service/annotation-routes';
import { checkApiBase } from '../../lib/sync/config';
import { fromContent as syncContentRoute } from '../../lib/service/sync-routes';
import { readGroupAnchors } from '../../lib/service/tab-session';
import { backoffMs, enqueue, EMPTY_STATE } from '../../lib/sync/queue';
import { retryAfterMs } from '../../lib/sync/client';
import type { Annotation } from '../../lib/annotations/types';

const PAGE = 'https://tass.ru/politika/example-fixture';
let fake: FakeHypothesis;
let clock: number;
let online: boolean;
let granted: string[];
let wakes: number[];
let changes: number;
let n = 0;
/** annotationWritten calls the routes started without awaiting them (as the background does). */
let writes: Promise<void>[] = [];

function makeDeps(db = openV2(`sync-${++n}`)): sync.SyncDeps {
  return {
    db,
    local: fakeBrowser.storage.local,
    session: fakeBrowser.storage.session,
    fetch: (url, init) => (online ? fetch(url, init) : Promise.reject(new TypeError('Failed to fetch'))),
    now: () => clock,
    hasPermission: async (pattern) => granted.includes(pattern),
    wakeAt: (t) => wakes.push(t),
    changed: () => changes++,
  };
}

beforeEach(async () => {
  fake = new FakeHypothesis();
  await fake.start();
  clock = Date.parse('2026-03-01T12:00:00.000Z');
  online = true;
  granted = ['http://127.0.0.1/*'];
  wakes = [];
  changes = 0;
});
afterEach(async () => {
  expect(fake.invalid, 'request bodies the API reference does not allow').toEqual([]);
  await fake.stop();
});

const configure = (deps: sync.SyncDeps, over: Partial<{ token: string; group: string; autoPublish: boolean }> = {}) =>
  sync.configureSync(deps, { base: fake.base, token: 'token-alice', group: 'desk1234', groupName: '', autoPublish: true, ...over });

function routeDeps(deps: sync.SyncDeps): AnnotationRouteDeps {
  return {
    db: deps.db, session: fakeBrowser.storage.session, now: () => new Date(clock), openPanel: () => {}, notify: () => {}, panelsChanged: () => {}, tabsChanged: () => {},
    written: (kind, id) => void writes.push(sync.annotationWritten(deps, kind, id)),
  };
}

async function saveLocal(deps: sync.SyncDeps, over: Partial<Annotation> = {}): Promise<Annotation> {
  const a = sample({ id: crypto.randomUUID(), ...over });
  await deps.db.annotations.add(a);
  return a;
}

/** Waits until the queue has drained or stopped (the route starts it without awaiting). */
async function settle(deps: sync.SyncDeps): Promise<sync.SyncStatus> {
  await Promise.all(writes.splice(0));
  await sync.runSync(deps);
  const s = await sync.getSyncStatus(deps);
  if (!s.ok) throw new Error(s.error);
  return s.value;
}

describe('settings', () => {
  it('accepts https and loopback http only, without credentials in the address', () => {
    expect(checkApiBase('https://api.hypothes.is/api/')).toMatchObject({ ok: true, base: 'https://api.hypothes.is/api' });
    expect(checkApiBase('http://127.0.0.1:5000/api')).toMatchObject({ ok: true });
    expect(checkApiBase('http://h.example.org/api')).toMatchObject({ ok: false });
    expect(checkApiBase('https://user:pw@h.example.org/api')).toMatchObject({ ok: false });
    expect(checkApiBase('javascript:alert(1)')).toMatchObject({ ok: false });
  });

  it('lists the token user\'s groups; refuses a group the user is not in, a wrong token and a missing permission', async () => {
    const deps = makeDeps();
    const groups = await sync.listGroups(deps, { base: fake.base, token: 'token-alice' });
    expect(groups.ok && groups.value.map((g) => g.id)).toEqual(['__world__', 'desk1234']);
    expect(await configure(deps, { group: 'other999' })).toMatchObject({ ok: false, error: expect.stringMatching(/not a member/) });
    expect(await configure(deps, { token: 'wrong' })).toMatchObject({ ok: false, error: expect.stringMatching(/refused the token/) });
    granted = [];
    const before = fake.requests.length;
    expect(await configure(deps)).toMatchObject({ ok: false, error: expect.stringMatching(/no permission/) });
    expect(fake.requests.length).toBe(before);
    granted = ['http://127.0.0.1/*'];
    const ok = await configure(deps);
    expect(ok).toMatchObject({ ok: true, value: { configured: true, group: 'desk1234', groupName: 'Fact desk', hasToken: true } });
    expect(JSON.stringify(ok)).not.toContain('token-alice');
  });

  it('without a configuration nothing is requested at all', async () => {
    const deps = makeDeps();
    await saveLocal(deps);
    expect(await sync.pullPage(deps, PAGE)).toMatchObject({ ok: true, value: { annotations: [] } });
    await sync.annotationWritten(deps, 'saved', 'x');
    await settle(deps);
    expect(fake.requests).toEqual([]);
  });
});

describe('publishing', () => {
  it('a new annotation is published with quote and position selectors, note, tags, stance and statement ids — and nothing else', async () => {
    const deps = makeDeps();
    await configure(deps);
    const r = await annotationRoute(routeDeps(deps), { type: 'saveAnnotation', payload: {
      target: { url: PAGE, title: 'Заголовок', exact: 'направили 10 запросов', prefix: 'мы ', suffix: ', получили', start: 5, end: 26 },
      note: 'Сверить', tags: ['Женева'], stance: 'contradicts', claimIds: ['geneva-2021-putin-80-requests'],
    } });
    expect(r.ok).toBe(true);
    const status = await settle(deps);
    expect(status).toMatchObject({ pending: 0, published: [(r as { value: Annotation }).value.id] });
    const post = fake.requests.find((q) => q.method === 'POST')!;
    expect(post.headers.authorization).toBe('Bearer token-alice');
    expect(post.headers.cookie).toBeUndefined();
    expect(post.body).toEqual({
      uri: PAGE,
      document: { title: ['Заголовок'] },
      text: 'Сверить',
      // The last tag marks the copy as this annotation's (a retry after a lost answer finds it instead of posting twice).
      tags: ['Женева', 'sverka:stance:contradicts', 'sverka:claim:geneva-2021-putin-80-requests', `sverka:local:${(r as { value: Annotation }).value.id}`],
      group: 'desk1234',
      permissions: { read: ['group:desk1234'] },
      target: [{ source: PAGE, selector: [
        { type: 'TextQuoteSelector', exact: 'направили 10 запросов', prefix: 'мы ', suffix: ', получили' },
        { type: 'TextPositionSelector', start: 5, end: 26 },
      ] }],
    });
  });

  it('without automatic publishing nothing goes out until the reader publishes (one, or all)', async () => {
    const deps = makeDeps();
    await configure(deps, { autoPublish: false });
    const a = await saveLocal(deps);
    const b = await saveLocal(deps, { exact: 'другая цитата' });
    await sync.annotationWritten(deps, 'saved', a.id);
    expect(fake.requests.filter((q) => q.method === 'POST')).toEqual([]);
    await sync.publishAnnotations(deps, { ids: [a.id] });
    expect(fake.rows.size).toBe(1);
    await sync.publishAnnotations(deps, {});
    expect(fake.rows.size).toBe(2);
    expect((await settle(deps)).published.sort()).toEqual([a.id, b.id].sort());
  });

  it('edits and deletions follow: PATCH then DELETE of the published copy', async () => {
    const deps = makeDeps();
    await configure(deps);
    const a = await saveLocal(deps);
    await sync.annotationWritten(deps, 'saved', a.id);
    await settle(deps);
    const [row] = fake.rows.values();
    const r = await annotationRoute(routeDeps(deps), { type: 'updateAnnotation', payload: {
      id: a.id, modified: a.modified, before: { note: a.note, tags: a.tags, stance: a.stance, claimIds: a.claimIds }, after: { note: 'новая заметка', tags: ['x'], claimIds: [] },
    } });
    expect(r.ok).toBe(true);
    await settle(deps);
    expect(fake.rows.get(row.id)).toMatchObject({ text: 'новая заметка', tags: ['x', `sverka:local:${a.id}`] });
    expect(fake.requests.find((q) => q.method === 'PATCH')!.body).toEqual({ text: 'новая заметка', tags: ['x', `sverka:local:${a.id}`] });
    await annotationRoute(routeDeps(deps), { type: 'deleteAnnotation', payload: { id: a.id } });
    await settle(deps);
    expect(fake.rows.has(row.id)).toBe(false);
    expect((await settle(deps)).published).toEqual([]);
  });
});

describe('rate limits, being offline, a refused token', () => {
  it('429 waits for Retry-After, keeps the change queued and says why; then it goes out', async () => {
    const deps = makeDeps();
    await configure(deps);
    const a = await saveLocal(deps);
    fake.rateLimit(1, '7');
    await sync.annotationWritten(deps, 'saved', a.id);
    let s = await settle(deps);
    expect(s).toMatchObject({ pending: 1, nextAttempt: clock + 7_000, lastError: expect.stringMatching(/slow down/) });
    expect(wakes).toContain(clock + 7_000);
    await sync.runSync(deps); // Too early: nothing is sent.
    expect(fake.requests.filter((q) => q.method === 'POST').length).toBe(1);
    clock += 7_000;
    s = await settle(deps);
    expect(s).toMatchObject({ pending: 0, published: [a.id] });
    expect(s.lastError).toBeUndefined();
  });

  it('offline: backs off and keeps the queue in storage.local, so a restarted worker sends it', async () => {
    const deps = makeDeps();
    await configure(deps);
    const a = await saveLocal(deps);
    online = false;
    await sync.annotationWritten(deps, 'saved', a.id);
    let s = await settle(deps);
    expect(s).toMatchObject({ pending: 1, nextAttempt: clock + backoffMs(1), lastError: expect.stringMatching(/cannot be reached/) });
    clock += backoffMs(1);
    s = await settle(deps);
    expect(s.nextAttempt).toBe(clock + backoffMs(2));
    // A new worker: new deps over the same storage and database.
    online = true;
    clock += backoffMs(2);
    s = await settle(makeDeps(deps.db));
    expect(s).toMatchObject({ pending: 0, published: [a.id] });
    expect(fake.rows.size).toBe(1);
  });

  it('a refused token stops the queue until the settings are saved again', async () => {
    const deps = makeDeps();
    await configure(deps);
    const a = await saveLocal(deps);
    fake.users[0].token = 'revoked';
    await sync.annotationWritten(deps, 'saved', a.id);
    expect(await settle(deps)).toMatchObject({ blocked: true, pending: 1, lastError: expect.stringMatching(/refused the token/) });
    fake.users[0].token = 'token-alice';
    await configure(deps);
    expect(await settle(deps)).toMatchObject({ blocked: false, pending: 0, published: [a.id] });
  });

  it('Retry-After in seconds or as a date; queue coalescing', () => {
    expect(retryAfterMs('3', 0)).toBe(3_000);
    expect(retryAfterMs(new Date(10_000).toUTCString(), 0)).toBe(10_000);
    expect(retryAfterMs(null, 0)).toBe(60_000);
    let s = enqueue(EMPTY_STATE, { kind: 'publish', localId: 'a' }, 0);
    s = enqueue(s, { kind: 'update', localId: 'a' }, 0);
    expect(s.queue.map((o) => o.kind)).toEqual(['publish']);
    s = enqueue(s, { kind: 'delete', localId: 'a' }, 0);
    expect(s.queue).toEqual([]);
  });
});

describe('where the colleagues\' annotations were found', () => {
  it('the page\'s report is kept per tab for the panel (orphans included); another page\'s is refused', async () => {
    const deps = makeDeps();
    const notified: number[] = [];
    const results = [{ id: 'h1', status: 'orphan' as const }, { id: 'h2', status: 'exact' as const, score: 1 }];
    const msg = { type: 'groupAnnotationsAnchored' as const, payload: { url: PAGE, results } };
    expect(await syncContentRoute(deps, 'https://evil.example/', msg, { tabId: 7, notify: (t) => notified.push(t) })).toMatchObject({ ok: false });
    expect(await readGroupAnchors(fakeBrowser.storage.session, 7)).toBeUndefined();
    expect(await syncContentRoute(deps, `${PAGE}#x`, msg, { tabId: 7, notify: (t) => notified.push(t) })).toEqual({ ok: true, value: null });
    expect(await readGroupAnchors(fakeBrowser.storage.session, 7)).toMatchObject({ url: `${PAGE}#x`, results });
    expect(notified).toEqual([7]);
  });
});

describe('pulling the group\'s annotations', () => {
  it('shows colleagues\' annotations of this page and group only, paged past 200 rows, never the reader\'s own twice', async () => {
    const deps = makeDeps();
    await configure(deps);
    const mine = await saveLocal(deps);
    await sync.annotationWritten(deps, 'saved', mine.id);
    await settle(deps);
    const target = [{ source: PAGE, selector: [{ type: 'TextQuoteSelector', exact: 'получили ноль ответов', prefix: 'запросов, ', suffix: '»' }, { type: 'TextPositionSelector', start: 150, end: 171 }] }];
    fake.seed({ uri: PAGE, user: 'acct:bob@localhost', group: 'desk1234', text: 'Bob: проверить', tags: ['sverka:stance:supports', 'важно'], target, user_info: { display_name: 'Bob Example' } });
    for (let i = 0; i < 249; i++) fake.seed({ uri: PAGE, user: 'acct:bob@localhost', group: 'desk1234', text: `note ${i}`, target });
    fake.seed({ uri: PAGE, user: 'acct:bob@localhost', group: '__world__', text: 'public, not the group', target });
    fake.seed({ uri: 'https://tass.ru/other', user: 'acct:bob@localhost', group: 'desk1234', text: 'another page', target });
    fake.seed({ uri: PAGE, user: 'acct:bob@localhost', group: 'desk1234', text: 'image', target: [{ source: 'https://tass.ru/x.png', selector: [{ type: 'FragmentSelector', value: 'xywh=1,2,3,4', conformsTo: 'http://www.w3.org/TR/media-frags/' }] }] });
    fake.seed({ uri: PAGE, user: 'acct:bob@localhost', group: 'desk1234', text: 'a page note' });
    const r = await sync.pullPage(deps, PAGE);
    if (!r.ok) throw new Error(r.error);
    expect(r.value.annotations.length).toBe(251);
    expect(r.value.skipped).toBe(1);
    expect(r.value.annotations[0]).toMatchObject({ user: 'acct:bob@localhost', displayName: 'Bob Example', exact: 'получили ноль ответов', start: 150, end: 171, note: 'Bob: проверить', tags: ['важно'], stance: 'supports' });
    expect(r.value.annotations.find((a) => a.note === 'a page note')).toMatchObject({ exact: '' });
    const searches = fake.requests.filter((q) => q.path === '/api/search');
    expect(searches.length).toBe(2);
    expect(searches[1].query.search_after).toBe(searches[0] && [...fake.rows.values()].filter((x) => x.group === 'desk1234' && x.uri === PAGE)[199].updated);
    expect(searches.every((q) => q.query.uri === PAGE && q.query.group === 'desk1234')).toBe(true);
    expect(await sync.readGroupPage(fakeBrowser.storage.session, PAGE)).toMatchObject({ annotations: { length: 251 } });
  });

  it('edits and deletions made elsewhere to the reader\'s published annotations come back', async () => {
    const deps = makeDeps();
    await configure(deps);
    const a = await saveLocal(deps);
    const b = await saveLocal(deps, { exact: 'вторая' });
    for (const x of [a, b]) await sync.annotationWritten(deps, 'saved', x.id);
    await settle(deps);
    const links = (await sync.readState(deps.local)).links;
    const rowA = fake.rows.get(links[a.id].remoteId)!;
    rowA.text = 'edited on hypothes.is';
    rowA.tags = ['new-tag', 'sverka:stance:supports'];
    rowA.updated = new Date(Date.now() + 5_000).toISOString().replace('Z', '000+00:00');
    fake.rows.delete(links[b.id].remoteId);
    await sync.pullPage(deps, PAGE);
    expect(await deps.db.annotations.get(a.id)).toMatchObject({ note: 'edited on hypothes.is', tags: ['new-tag'], stance: 'supports' });
    expect(await deps.db.annotations.get(b.id)).toBeUndefined();
    expect(changes).toBe(1);
  });

  it('offline: the last pulled list stays, with the reason', async () => {
    const deps = makeDeps();
    await configure(deps);
    fake.seed({ uri: PAGE, user: 'acct:bob@localhost', group: 'desk1234', text: 'Bob', target: [{ source: PAGE, selector: [{ type: 'TextQuoteSelector', exact: 'x' }] }] });
    await sync.pullPage(deps, PAGE);
    online = false;
    const r = await sync.pullPage(deps, PAGE);
    expect(r).toMatchObject({ ok: true, value: { annotations: [{ note: 'Bob' }], error: expect.stringMatching(/cannot be reached/) } });
  });
});
