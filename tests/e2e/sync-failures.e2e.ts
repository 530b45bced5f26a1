// Issue 12, item 4 (queue and back-off), end to end in Chromium with the built
// extension against the fake Hypothesis API (tests/fixtures/hypothesis/fake-api.ts)
// on 127.0.0.1, as sync.e2e.ts starts it:
//  - 429 with Retry-After: the queue waits at least that long, then the annotation goes out;
//  - the API offline and the service worker stopped: the queue is in storage.local
//    and is sent once the API is back, with nothing but the browser's alarms to wake it;
//  - the worker stopped mid-publish (the POST arrived, its answer never did): the
//    queued publish was marked "maybe sent" before the POST, so the restarted queue
//    finds the copy by its marker tag and makes no duplicate.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPanel, type Session } from './harness';
import { seedPages, served } from './pages';
import { finalState, openFixture } from './reading-helpers';
import { FakeHypothesis } from '../fixtures/hypothesis/fake-api';
import { stopWorker } from '../fixtures/hostile/browser-probes';
import { STATE_KEY } from '../../lib/sync/keys';
import type { SyncState } from '../../lib/sync/queue';
import type { Page } from 'playwright-core';

const tass = seedPages().find((p) => p.file.startsWith('tass-2017'))!;
const QUOTE = 'По его словам, лидеры стран не должны разрабатывать планы каких-либо проектов.';

const fake = new FakeHypothesis();
let session: Session;
let panel: Page;

type Answer<T = unknown> = { ok: true; value: T } | { ok: false; error: string };

/** Saves an annotation of the TASS page as the panel does; automatic publishing queues it. */
async function annotate(note: string): Promise<string> {
  const r = await panel.evaluate(([url, exact, text]) => chrome.runtime.sendMessage({ sverka: 1, type: 'saveAnnotation', payload: {
    target: { url, title: 'TASS', exact }, note: text, tags: [], claimIds: [],
  } }), [tass.url, QUOTE, note] as const) as Answer<{ id: string }>;
  if (!r.ok) throw new Error(r.error);
  return r.value.id;
}

/** The sync queue and links as stored (read from an extension page: no worker needed). */
const syncState = () => panel.evaluate(async (key) => (await chrome.storage.local.get(key))[key], STATE_KEY) as Promise<SyncState>;
const marker = (id: string) => `sverka:local:${id}`;
const posts = (id: string) => fake.requests.filter((r) => r.method === 'POST' && ((r.body as { tags?: string[] })?.tags ?? []).includes(marker(id)));
const copies = (id: string) => [...fake.rows.values()].filter((r) => r.tags.includes(marker(id)));

beforeAll(async () => {
  await fake.start();
  session = await launch({ grantOrigins: ['http://127.0.0.1/*'] });
  session.allow(new URL(fake.base).origin);
  session.serve([served(tass)]);
  const { tabId } = await openFixture(session, tass.url);
  await finalState(session, tabId);
  panel = await openPanel(session, tabId);
  await panel.locator('.tab[data-status="done"]').waitFor({ timeout: 30_000 });
  const form = panel.locator('details.sync-settings');
  await form.locator('summary').click();
  await form.getByLabel('Hypothesis API address').fill(fake.base);
  await form.getByLabel('Developer token').fill('token-alice');
  await form.getByRole('button', { name: 'Connect and list my groups' }).click();
  await form.getByLabel('Group').selectOption('desk1234');
  await form.getByLabel('Publish every new or edited annotation automatically').check();
  await form.getByRole('button', { name: 'Save and turn on' }).click();
  await form.getByText('Saved: annotations are shared with “Fact desk”.').waitFor({ timeout: 10_000 });
});
afterAll(async () => {
  await session?.close();
  await fake.stop();
});

describe('sync when the server is slow, away or cut off', () => {
  it('429 with Retry-After: the queue waits, then the annotation goes out once', async () => {
    fake.rateLimit(1, '2', 'POST');
    const id = await annotate('после 429');
    await expect.poll(() => copies(id).length, { timeout: 30_000 }).toBe(1);
    const tries = posts(id);
    expect(tries.map((r) => r.status)).toEqual([429, 200]);
    // The second try came no sooner than the server asked (a lower bound: load can only make it later).
    expect(tries[1].at - tries[0].at).toBeGreaterThanOrEqual(2_000);
    await expect.poll(async () => (await syncState()).links[id]?.remoteId, { timeout: 10_000 }).toBe(copies(id)[0].id);
  });

  it('API offline while the worker is stopped: the queue persists in storage and resumes when the API is back', async () => {
    const port = fake.port;
    await fake.stop();
    const id = await annotate('пока сервер недоступен');
    await expect.poll(async () => (await syncState()).queue.find((o) => o.localId === id)?.attempts ?? 0, { timeout: 15_000 }).toBeGreaterThanOrEqual(1);
    expect((await syncState()).lastError).toMatch(/cannot be reached/);
    await stopWorker(session);
    // Stored, not held in the stopped worker's memory.
    expect((await syncState()).queue.map((o) => o.localId)).toContain(id);
    await fake.start(port);
    // Nothing here wakes the worker: its alarms do (the back-off's, or the 30 s watchdog).
    await expect.poll(() => copies(id).length, { timeout: 90_000, interval: 1_000 }).toBe(1);
    await expect.poll(async () => (await syncState()).queue.length, { timeout: 10_000 }).toBe(0);
    expect(posts(id).filter((r) => r.status === 200)).toHaveLength(1);
  });

  it('worker stopped mid-publish: marked "maybe sent" before the POST, found by its marker after, no duplicate', async () => {
    fake.holdNextCreate();
    const id = await annotate('ответ потерян');
    await expect.poll(() => copies(id).length, { timeout: 15_000 }).toBe(1);
    const queued = (await syncState()).queue.find((o) => o.localId === id);
    expect(queued).toMatchObject({ kind: 'publish', maybeSent: { url: tass.url } });
    await stopWorker(session);
    await expect.poll(async () => (await syncState()).links[id]?.remoteId, { timeout: 90_000, interval: 1_000 }).toBe(copies(id)[0].id);
    expect(copies(id)).toHaveLength(1);
    expect(posts(id)).toHaveLength(1);
    // The restarted queue looked for the copy on that page before anything else.
    const after = fake.requests.filter((r) => r.at > posts(id)[0].at && r.path === '/api/search');
    expect(after.some((r) => r.query.uri === tass.url && r.query.group === 'desk1234')).toBe(true);
    expect((await syncState()).queue).toEqual([]);
    expect(fake.invalid).toEqual([]);
  });
});
