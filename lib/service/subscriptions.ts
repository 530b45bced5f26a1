// Pack subscriptions: the reader names the HTTPS address of a pack (say, a raw
// file in the team's Git repository); Sverka fetches it, stores it as a pack,
// and refreshes it on demand and once a day with conditional requests. An
// update that fails or is malformed changes nothing stored: the previous
// version stays whole and the subscription records why, for the options page.
// Everything the browser provides arrives in SubscriptionDeps.
import { checkSubscriptionUrl, originPattern } from '../packs/subscription-url';
import { fetchPack, type FetchLike } from '../packs/fetch-pack';
import { replacePack } from '../db/pack-replace';
import { removePack } from '../db/packs';
import { invalidateMatcher } from './matcher-cache';
import type { SverkaDatabase } from '../db/database';
import type { Result } from '../types/result';
import type { Subscription } from '../types/packs';

export type { Subscription } from '../types/packs';

/** Where the list is kept (storage.local in the extension; a fake in tests). */
export interface SubscriptionStore {
  read(): Promise<Subscription[]>;
  write(list: Subscription[]): Promise<void>;
}

export interface SubscriptionDeps {
  db: SverkaDatabase;
  store: SubscriptionStore;
  fetch: FetchLike;
  /** Whether the reader granted the origin's host permission (permissions.contains). */
  hasPermission(originPattern: string): Promise<boolean>;
  /** Gives the origin's permission back when no subscription uses it any more. */
  releasePermission?(originPattern: string): Promise<void>;
  now(): Date;
  timeoutMs?: number;
}

export const DEFAULT_TIMEOUT_MS = 30_000;

// One change to the list at a time in this worker (a daily refresh and a click may meet).
let queue: Promise<unknown> = Promise.resolve();
function serial<T>(work: () => Promise<T>): Promise<T> {
  const next = queue.then(work, work);
  queue = next.catch(() => {});
  return next;
}

export function listSubscriptions(deps: SubscriptionDeps): Promise<Result<Subscription[]>> {
  return deps.store.read().then((value) => ({ ok: true as const, value }), (e) => ({ ok: false as const, error: String(e) }));
}

/** Adds the subscription and fetches it at once. The options page asked for the origin's permission before. */
export function subscribe(deps: SubscriptionDeps, rawUrl: string): Promise<Result<Subscription>> {
  return serial(async () => {
    const checked = checkSubscriptionUrl(rawUrl);
    if (!checked.ok) return checked;
    const url = checked.value.href;
    const list = await deps.store.read();
    if (list.some((s) => s.url === url)) return { ok: false, error: 'You are already subscribed to this address.' };
    if (!(await deps.hasPermission(originPattern(url)))) {
      return { ok: false, error: `Sverka may not read ${new URL(url).origin}: the permission was not granted. Nothing was added.` };
    }
    const sub: Subscription = { url, addedAt: deps.now().toISOString() };
    const refreshed = await refreshOne(deps, sub);
    // A first fetch that fails adds nothing: there is no version to keep.
    if (!refreshed.packId) return { ok: false, error: `${refreshed.error ?? 'The pack could not be fetched.'} Nothing was added.` };
    await deps.store.write([...(await deps.store.read()), refreshed]);
    return { ok: true, value: refreshed };
  });
}

/** Refreshes one subscription (the reader's "Refresh now") or all (the daily alarm). */
export function refresh(deps: SubscriptionDeps, url?: string): Promise<Result<Subscription[]>> {
  return serial(async () => {
    const list = await deps.store.read();
    const chosen = url === undefined ? list : list.filter((s) => s.url === url);
    if (url !== undefined && !chosen.length) return { ok: false, error: 'No subscription has this address.' };
    const updated = new Map<string, Subscription>();
    // One at a time: a team has a few packs, and this keeps the worker's memory flat.
    for (const sub of chosen) updated.set(sub.url, await refreshOne(deps, sub));
    const next = (await deps.store.read()).map((s) => updated.get(s.url) ?? s);
    await deps.store.write(next);
    return { ok: true, value: next };
  });
}

/** Removes the subscription and the pack it brought; gives the origin's permission back if unused. */
export function unsubscribe(deps: SubscriptionDeps, url: string): Promise<Result<null>> {
  return serial(async () => {
    const list = await deps.store.read();
    const sub = list.find((s) => s.url === url);
    if (!sub) return { ok: false, error: 'No subscription has this address.' };
    if (sub.packId && (await deps.db.packs.get(sub.packId))) {
      const removed = await removePack(deps.db, sub.packId);
      if (!removed.ok) return removed;
      invalidateMatcher();
    }
    const rest = list.filter((s) => s.url !== url);
    await deps.store.write(rest);
    const origin = originPattern(url);
    if (deps.releasePermission && !rest.some((s) => originPattern(s.url) === origin)) await deps.releasePermission(origin).catch(() => {});
    return { ok: true, value: null };
  });
}

async function refreshOne(deps: SubscriptionDeps, sub: Subscription): Promise<Subscription> {
  const checkedAt = deps.now().toISOString();
  // Only a stored version makes the validators meaningful (a pack removed by hand is fetched whole).
  const stored = sub.packId ? await deps.db.packs.get(sub.packId) : undefined;
  const failed = (error: string): Subscription => ({ ...sub, checkedAt, error: stored ? `${error}${/\n/.test(error) ? '\n' : ' '}The previous version is kept.` : error });
  if (!(await deps.hasPermission(originPattern(sub.url)))) {
    return failed(`Sverka no longer has permission to read ${new URL(sub.url).origin}. Subscribe again to grant it.`);
  }
  const validators = stored ? { etag: sub.etag, lastModified: sub.lastModified } : {};
  const got = await fetchPack(deps.fetch, sub.url, validators, deps.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  if (got.kind === 'failed') return failed(got.error);
  if (got.kind === 'not-modified') return { ...sub, checkedAt, error: undefined };
  const fileName = decodeURIComponent(new URL(sub.url).pathname.split('/').pop() || 'pack.json');
  const stored2 = await replacePack(deps.db, fileName, got.text, stored ? sub.packId : undefined, deps.now);
  if (!stored2.ok) return failed(stored2.error);
  invalidateMatcher();
  return {
    ...sub, checkedAt, error: undefined, packId: stored2.value.packId, name: stored2.value.name, claims: stored2.value.claims, bytes: got.bytes,
    etag: got.etag, lastModified: got.lastModified, updatedAt: lastModifiedIso(got.lastModified) ?? checkedAt,
  };
}

function lastModifiedIso(header: string | undefined): string | undefined {
  const t = header ? Date.parse(header) : NaN;
  return Number.isFinite(t) ? new Date(t).toISOString() : undefined;
}
