// Pack subscriptions (issue 12 item 3) against a local HTTPS server started here
// on 127.0.0.1 (port 0): the first fetch stores the pack; a refresh sends the
// validators and takes a 304 as "unchanged"; a new version replaces the old
// whole; broken JSON, a 500, a slow answer or another pack id keep the previous
// version whole and say why; only the origin's permission lets Sverka fetch;
// every request is a bare GET for the pack. An injected fake fetch checks
// If-Modified-Since where a server sends no ETag.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SverkaDatabase } from '../../lib/db/database';
import { readDatabase, syncBundled } from '../../lib/db/sync-bundled';
import { checkSubscriptionUrl, originPattern } from '../../lib/packs/subscription-url';
import { listSubscriptions, refresh, subscribe, unsubscribe, type Subscription, type SubscriptionDeps } from '../../lib/service/subscriptions';
import { getMatcher, invalidateMatcher } from '../../lib/service/matcher-cache';
import { startPackServer, testFetch, type PackServer } from '../fixtures/pack-server';
import { packFixture, testBundle } from '../fixtures/packs/test-bundle';
import type { FetchLike } from '../../lib/packs/fetch-pack';

let server: PackServer;
let deps: SubscriptionDeps;
let granted: Set<string>;
let released: string[];
let n = 0;
let clock = Date.parse('2026-03-01T10:00:00Z');

const v1 = packFixture('sverka-pack.json');
const v2 = (() => {
  const pack = JSON.parse(v1);
  pack.claims[0] = { ...pack.claims[0], id: 'analyst-briefing-2020-b', quote: 'The analyst said the agencies exchanged three requests that year.', text: { ...pack.claims[0].text, en: 'The analyst said the agencies exchanged three requests that year.' } };
  return JSON.stringify(pack, null, 2);
})();
const claimIds = async () => (await readDatabase(deps.db)).claims.map((c) => c.id).sort();

beforeAll(async () => {
  server = await startPackServer();
});
afterAll(() => server.close());

beforeEach(async () => {
  invalidateMatcher();
  server.requests.length = 0;
  server.setFile('/team/pack.json', v1, new Date('2026-02-01T08:00:00Z'));
  for (const p of ['/team/pack.json']) {
    server.setStatus(p, undefined);
    server.setDelay(p, undefined);
  }
  const db = new SverkaDatabase(`subscriptions-${n++}`);
  await syncBundled(db, testBundle());
  let list: Subscription[] = [];
  granted = new Set([originPattern(server.origin)]);
  released = [];
  deps = {
    db, fetch: testFetch, now: () => new Date((clock += 60_000)), timeoutMs: 5_000,
    store: { read: async () => structuredClone(list), write: async (l) => void (list = structuredClone(l)) },
    hasPermission: async (p) => granted.has(p),
    releasePermission: async (p) => void released.push(p),
  };
});

describe('subscription addresses', () => {
  it('https only, no credentials, the fragment dropped; one origin pattern', () => {
    expect(checkSubscriptionUrl('http://example.org/pack.json')).toMatchObject({ ok: false, error: expect.stringMatching(/^Only https:/) });
    expect(checkSubscriptionUrl('https://me:secret@example.org/p.json')).toMatchObject({ ok: false, error: expect.stringMatching(/user name or password/) });
    expect(checkSubscriptionUrl('raw.githubusercontent.com/x')).toMatchObject({ ok: false, error: expect.stringMatching(/is not a web address/) });
    expect(checkSubscriptionUrl('  ')).toMatchObject({ ok: false });
    expect(checkSubscriptionUrl(' https://raw.example.org/team/pack.json#x ')).toEqual({ ok: true, value: new URL('https://raw.example.org/team/pack.json') });
    expect(originPattern('https://raw.example.org:8443/team/pack.json')).toBe('https://raw.example.org:8443/*');
  });
});

describe('subscribe and refresh', () => {
  it('without the origin’s permission nothing is fetched or added', async () => {
    granted.clear();
    const answer = await subscribe(deps, server.url('/team/pack.json'));
    expect(answer).toMatchObject({ ok: false, error: expect.stringMatching(/permission was not granted/) });
    expect(server.requests).toEqual([]);
    expect(await listSubscriptions(deps)).toEqual({ ok: true, value: [] });
  });

  it('stores the pack at once, with its name, size and last update; the matcher sees it', async () => {
    const answer = await subscribe(deps, server.url('/team/pack.json'));
    expect(answer).toMatchObject({
      ok: true,
      value: { url: server.url('/team/pack.json'), packId: 'example-newsroom-notes', name: 'Example newsroom notes', bytes: Buffer.byteLength(v1), claims: 2, updatedAt: '2026-02-01T08:00:00.000Z' },
    });
    expect(await claimIds()).toContain('analyst-briefing-2020');
    const { matcher } = await getMatcher(deps.db, () => testBundle());
    await matcher.prepareText('the two agencies exchanged no requests that year'); // claim bodies are loaded for the candidates first
    expect(matcher.matchText('the two agencies exchanged no requests that year', { top: 3 }).map((m) => m.claimId)).toContain('analyst-briefing-2020');
    expect(await subscribe(deps, server.url('/team/pack.json'))).toMatchObject({ ok: false, error: 'You are already subscribed to this address.' });
  });

  it('an unchanged pack is a 304: validators sent, nothing rewritten', async () => {
    await subscribe(deps, server.url('/team/pack.json'));
    const before = await readDatabase(deps.db);
    const answer = await refresh(deps);
    expect(server.requests).toHaveLength(2);
    expect(server.requests[1].headers['if-none-match']).toBe(server.requests.length && (answer.ok ? answer.value[0].etag : ''));
    expect(server.requests[1].headers['if-modified-since']).toBe('Sun, 01 Feb 2026 08:00:00 GMT');
    expect(answer).toMatchObject({ ok: true, value: [{ error: undefined, updatedAt: '2026-02-01T08:00:00.000Z' }] });
    expect(await readDatabase(deps.db)).toEqual(before);
  });

  it('a new version replaces the old one whole, and the matcher follows', async () => {
    await subscribe(deps, server.url('/team/pack.json'));
    await getMatcher(deps.db, () => testBundle()); // a warm matcher must not survive the update
    server.setFile('/team/pack.json', v2, new Date('2026-02-05T09:00:00Z'));
    const answer = await refresh(deps, server.url('/team/pack.json'));
    expect(answer).toMatchObject({ ok: true, value: [{ claims: 2, bytes: Buffer.byteLength(v2), updatedAt: '2026-02-05T09:00:00.000Z', error: undefined }] });
    expect(await claimIds()).toEqual(['analyst-briefing-2020-b', 'bundled-answer', 'bundled-requests', 'official-talks-2021']);
    const { matcher } = await getMatcher(deps.db, () => testBundle());
    await matcher.prepareText('the agencies exchanged three requests that year'); // claim bodies are loaded for the candidates first
    expect(matcher.matchText('the agencies exchanged three requests that year', { top: 3 }).map((m) => m.claimId)).toContain('analyst-briefing-2020-b');
  });

  const keepsPrevious = async (breakIt: () => void, why: RegExp) => {
    await subscribe(deps, server.url('/team/pack.json'));
    const before = await readDatabase(deps.db);
    const [subBefore] = (await listSubscriptions(deps) as { value: Subscription[] }).value;
    breakIt();
    const answer = await refresh(deps);
    expect(answer.ok).toBe(true);
    const [sub] = (answer as { value: Subscription[] }).value;
    expect(sub.error).toMatch(why);
    expect(sub.error).toMatch(/The previous version is kept\.$/);
    expect(sub).toMatchObject({ etag: subBefore.etag, bytes: subBefore.bytes, updatedAt: subBefore.updatedAt, name: subBefore.name });
    expect(await readDatabase(deps.db)).toEqual(before);
  };

  it('broken JSON keeps the previous version whole and says where the file is broken', () =>
    keepsPrevious(() => server.setFile('/team/pack.json', '{"sverkaPack": 1, "id": "example-newsroom-notes", '), /Not valid JSON: .* at line 1, column \d+\./));

  it('a file that is valid JSON but not a valid pack keeps the previous version', () =>
    keepsPrevious(() => server.setFile('/team/pack.json', JSON.stringify({ ...JSON.parse(v1), claims: [{ id: 'x' }] })), /The pack is not valid/));

  it('a server error keeps the previous version', () =>
    keepsPrevious(() => server.setStatus('/team/pack.json', 500), /The server answered 500 \(a server error\)\./));

  it('a server that does not answer in time keeps the previous version', async () => {
    deps.timeoutMs = 200;
    await keepsPrevious(() => server.setDelay('/team/pack.json', 5_000), /did not answer within/);
  });

  it('a file that became another pack is refused', () =>
    keepsPrevious(() => server.setFile('/team/pack.json', JSON.stringify({ ...JSON.parse(v1), id: 'someone-else' })), /now pack "someone-else", not "example-newsroom-notes"/));

  it('a permission taken back is reported, nothing fetched', async () => {
    await subscribe(deps, server.url('/team/pack.json'));
    granted.clear();
    const answer = await refresh(deps);
    expect((answer as { value: Subscription[] }).value[0].error).toMatch(/no longer has permission/);
    expect(server.requests).toHaveLength(1);
  });

  it('a first fetch that fails adds nothing', async () => {
    server.setStatus('/team/pack.json', 404);
    expect(await subscribe(deps, server.url('/team/pack.json'))).toEqual({ ok: false, error: 'The server answered 404 (not found). Nothing was added.' });
    expect(await listSubscriptions(deps)).toEqual({ ok: true, value: [] });
  });

  it('every request is a bare GET for the pack: no cookies, no credentials, no body', async () => {
    await subscribe(deps, server.url('/team/pack.json'));
    await refresh(deps);
    for (const r of server.requests) {
      expect(r).toMatchObject({ method: 'GET', path: '/team/pack.json', bodyBytes: 0 });
      expect(r.headers.cookie).toBeUndefined();
      expect(r.headers.authorization).toBeUndefined();
      expect(r.headers.referer).toBeUndefined();
    }
  });

  it('unsubscribing removes the pack and gives the origin back', async () => {
    await subscribe(deps, server.url('/team/pack.json'));
    expect(await unsubscribe(deps, server.url('/team/pack.json'))).toEqual({ ok: true, value: null });
    expect(await claimIds()).toEqual(['bundled-answer', 'bundled-requests']);
    expect(released).toEqual([originPattern(server.origin)]);
    expect(await listSubscriptions(deps)).toEqual({ ok: true, value: [] });
  });
});

describe('with an injected fetch', () => {
  it('a server without ETag gets If-Modified-Since, and a 304 keeps everything', async () => {
    const seen: Record<string, string>[] = [];
    const fake: FetchLike = async (_url, init) => {
      seen.push(init.headers);
      expect(init).toMatchObject({ credentials: 'omit', redirect: 'error', referrerPolicy: 'no-referrer', cache: 'no-store' });
      const lastModified = 'Tue, 03 Feb 2026 10:00:00 GMT';
      if (init.headers['If-Modified-Since'] === lastModified) return { status: 304, headers: { get: () => null }, text: async () => '' };
      return { status: 200, headers: { get: (h) => (h.toLowerCase() === 'last-modified' ? lastModified : null) }, text: async () => v1 };
    };
    deps.fetch = fake;
    granted.add('https://packs.example.org/*');
    await subscribe(deps, 'https://packs.example.org/pack.json');
    const answer = await refresh(deps);
    expect(seen[1]).toMatchObject({ 'If-Modified-Since': 'Tue, 03 Feb 2026 10:00:00 GMT' });
    expect(seen[1]['If-None-Match']).toBeUndefined();
    expect(answer).toMatchObject({ ok: true, value: [{ error: undefined, updatedAt: '2026-02-03T10:00:00.000Z', claims: 2 }] });
  });
});
