// Hypothesis group sync in the background (issue 12, item 4). The config
// (with the token) and the outgoing queue live in storage.local, so they
// survive the worker being stopped; the group's annotations of each page are
// cached in storage.session for the panel. Requests go only to the configured
// API, only after the reader granted its origin, and carry only what
// lib/sync/convert.ts builds from the reader's annotations. Every function
// returns a Result and never throws; none ever returns or logs the token.
import { checkApiBase, checkToken, originPattern, type SyncConfig } from '../sync/config';
import { HypothesisClient, describeApiError, type FetchLike } from '../sync/client';
import { EMPTY_STATE, enqueue, runQueue, type SyncState } from '../sync/queue';
import { reconcile } from '../sync/pull';
import type { GroupAnnotation } from '../sync/convert';
import type { ApiGroup } from '../sync/api-schema';
import { findAnnotations, nextModified, removeAnnotation, type AnnotationsDb } from '../db/annotations';
import { pageKey } from '../annotations/normalize';
import type { KeyValueArea } from './tab-state';
import type { Result } from '../protocol';

import { CONFIG_KEY, STATE_KEY, pageCacheKey } from '../sync/keys';

export interface SyncDeps {
  db: AnnotationsDb;
  /** storage.local: config and queue. */
  local: KeyValueArea;
  /** storage.session: the group's annotations per page. */
  session: KeyValueArea;
  fetch: FetchLike;
  now(): number;
  /** permissions.contains for the API's origin pattern. */
  hasPermission(pattern: string): Promise<boolean>;
  /** Wake the queue at this time (an alarm, so a stopped worker starts again). */
  wakeAt(time: number): void;
  /**
   * A periodic alarm (every 30 s, Chrome's minimum) while operations wait,
   * off when the queue is empty or blocked: it resumes a queue whose run was
   * cut off by the worker being stopped before it could schedule its wake-up.
   */
  watchdog?(on: boolean): void;
  /** Local annotations changed because of the server (remote edit or deletion): lists re-read, pages re-anchor. */
  changed(): void;
}

/** What the panel may know about sync: never the token. */
export interface SyncStatus {
  configured: boolean;
  base?: string;
  group?: string;
  groupName?: string;
  autoPublish: boolean;
  hasToken: boolean;
  /** Operations waiting to go out. */
  pending: number;
  nextAttempt?: number;
  lastError?: string;
  blocked: boolean;
  /** Local annotation ids published to the group. */
  published: string[];
  /** Local ids waiting in the queue. */
  queued: string[];
}

/** The group's annotations on one page, as last pulled. */
export interface GroupPage {
  url: string;
  at: number;
  annotations: GroupAnnotation[];
  skipped: number;
  error?: string;
}

const fail = (e: unknown): { ok: false; error: string } => ({ ok: false, error: e instanceof Error ? e.message : String(e) });

let chain: Promise<unknown> = Promise.resolve();

/**
 * Every read-modify-write of the sync state runs alone, one after another:
 * the queue run, an enqueue after a local write and the reconciliation of a
 * pull all write the same storage key, and an interleaving would lose an operation.
 */
function exclusive<T>(fn: () => Promise<T>): Promise<T> {
  const next = chain.then(fn, fn);
  chain = next.catch(() => undefined);
  return next;
}

export async function readConfig(local: KeyValueArea): Promise<SyncConfig | undefined> {
  return (await local.get(CONFIG_KEY))[CONFIG_KEY] as SyncConfig | undefined;
}
export async function readState(local: KeyValueArea): Promise<SyncState> {
  return ((await local.get(STATE_KEY))[STATE_KEY] as SyncState | undefined) ?? EMPTY_STATE;
}
const writeState = (local: KeyValueArea, state: SyncState) => local.set({ [STATE_KEY]: state });

async function clientFor(deps: SyncDeps, config: SyncConfig): Promise<Result<HypothesisClient>> {
  if (!(await deps.hasPermission(originPattern(config.base)))) {
    return { ok: false, error: `Sverka has no permission to reach ${new URL(config.base).origin}. Open the sync settings and connect again to grant it.` };
  }
  return { ok: true, value: new HypothesisClient(config.base, config.token, deps.fetch, deps.now) };
}

export async function getSyncStatus(deps: SyncDeps): Promise<Result<SyncStatus>> {
  try {
    const [config, state] = await Promise.all([readConfig(deps.local), readState(deps.local)]);
    return {
      ok: true,
      value: {
        configured: !!config,
        base: config?.base,
        group: config?.group,
        groupName: config?.groupName,
        autoPublish: config?.autoPublish ?? false,
        hasToken: !!config?.token,
        pending: state.queue.length,
        nextAttempt: state.queue[0]?.notBefore,
        lastError: state.lastError,
        blocked: !!state.blocked,
        published: Object.keys(state.links),
        queued: state.queue.map((o) => o.localId),
      },
    };
  } catch (e) {
    return fail(e);
  }
}

/** The token typed in the form, or the stored one when the field is blank and the API is the same; checked. */
async function tokenFor(deps: SyncDeps, base: string, typed: string): Promise<Result<string>> {
  const stored = await readConfig(deps.local);
  const token = typed.trim() || (stored?.base === base ? stored.token : '');
  const bad = checkToken(token);
  return bad ? { ok: false, error: bad } : { ok: true, value: token };
}

/** The groups the token's user belongs to (the settings form lists them before saving). A blank token reuses the stored one. */
export async function listGroups(deps: SyncDeps, input: { base: string; token: string }): Promise<Result<ApiGroup[]>> {
  try {
    const base = checkApiBase(input.base);
    if (!base.ok) return base;
    const token = await tokenFor(deps, base.base, input.token);
    if (!token.ok) return token;
    const client = await clientFor(deps, { base: base.base, token: token.value, group: '', groupName: '', autoPublish: false });
    if (!client.ok) return client;
    const groups = await client.value.groups();
    return groups.ok ? groups : { ok: false, error: describeApiError(groups.error) };
  } catch (e) {
    return fail(e);
  }
}

export async function configureSync(
  deps: SyncDeps, input: { base: string; token: string; group: string; groupName: string; autoPublish: boolean },
): Promise<Result<SyncStatus>> {
  try {
    const base = checkApiBase(input.base);
    if (!base.ok) return base;
    const token = await tokenFor(deps, base.base, input.token);
    if (!token.ok) return token;
    const config: SyncConfig = { base: base.base, token: token.value, group: input.group, groupName: input.groupName, autoPublish: input.autoPublish };
    const client = await clientFor(deps, config);
    if (!client.ok) return client;
    // The group must be one the token can post to: checked now, not at the first publish.
    const groups = await client.value.groups();
    if (!groups.ok) return { ok: false, error: describeApiError(groups.error) };
    const group = groups.value.find((g) => g.id === input.group);
    if (!group) return { ok: false, error: 'This token\'s user is not a member of that group. Choose one of the listed groups.' };
    config.groupName = group.name;
    await exclusive(async () => {
      const state = await readState(deps.local);
      await deps.local.set({ [CONFIG_KEY]: config, [STATE_KEY]: { ...state, blocked: false, lastError: undefined } });
    });
    void runSync(deps);
    return getSyncStatus(deps);
  } catch (e) {
    return fail(e);
  }
}

/** Turns sync off and forgets the token; waiting changes are dropped (nothing more will be sent). Published copies stay on the server. */
export async function disableSync(deps: SyncDeps): Promise<Result<SyncStatus>> {
  try {
    await exclusive(async () => {
      await deps.local.remove(CONFIG_KEY);
      await writeState(deps.local, EMPTY_STATE);
    });
    return getSyncStatus(deps);
  } catch (e) {
    return fail(e);
  }
}

/** Queues the publication of these local annotations (all of them when `ids` is absent) and starts the queue. */
export async function publishAnnotations(deps: SyncDeps, input: { ids?: string[] }): Promise<Result<SyncStatus>> {
  try {
    const config = await readConfig(deps.local);
    if (!config) return { ok: false, error: 'Group sync is not set up: open the sync settings first.' };
    const ids = input.ids ?? (await findAnnotations(deps.db)).map((a) => a.id);
    await exclusive(async () => {
      let state = await readState(deps.local);
      for (const id of ids) state = enqueue(state, { kind: 'publish', localId: id }, deps.now());
      await writeState(deps.local, state);
    });
    await runSync(deps);
    return getSyncStatus(deps);
  } catch (e) {
    return fail(e);
  }
}

/** After a local write: publish (automatic publishing on), update or delete the published copy. */
export async function annotationWritten(deps: SyncDeps, kind: 'saved' | 'updated' | 'deleted', localId: string): Promise<void> {
  try {
    const config = await readConfig(deps.local);
    if (!config) return;
    const op = kind === 'saved' ? (config.autoPublish ? 'publish' : undefined) : kind === 'updated' ? 'update' : 'delete';
    if (!op) return;
    const queued = await exclusive(async () => {
      const state = await readState(deps.local);
      const next = enqueue(state, { kind: op, localId }, deps.now());
      if (next !== state) await writeState(deps.local, next);
      return next !== state;
    });
    if (queued) await runSync(deps);
  } catch {
    // The queue is retried at the next start; the local write itself already succeeded.
  }
}

/** Runs the due part of the queue (after any state change already waiting); schedules the next try when something waits. */
export function runSync(deps: SyncDeps): Promise<void> {
  return exclusive(async () => {
    try {
      const config = await readConfig(deps.local);
      const state = config ? await readState(deps.local) : EMPTY_STATE;
      if (!config || !state.queue.length || state.blocked) {
        deps.watchdog?.(false);
        if (!config || !state.queue.length) return;
      }
      const client = await clientFor(deps, config);
      if (!client.ok) {
        await writeState(deps.local, { ...state, lastError: client.error });
        return;
      }
      deps.watchdog?.(true);
      const { state: after, wakeAt } = await runQueue({
        client: client.value,
        group: config.group,
        load: (id) => deps.db.annotations.get(id),
        save: (s) => writeState(deps.local, s),
        now: deps.now,
      }, state);
      if (wakeAt !== undefined) deps.wakeAt(wakeAt);
      if (!after.queue.length || after.blocked) deps.watchdog?.(false);
    } catch {
      // Storage failed: the queue stays as it was and runs at the next wake-up.
    }
  });
}

/**
 * Pulls the group's annotations for one page, applies edits and deletions of
 * the reader's own published annotations, caches the colleagues' ones for the
 * panel and returns them. Without sync configured: an empty list, no request.
 */
export async function pullPage(deps: SyncDeps, url: string): Promise<Result<GroupPage>> {
  try {
    const config = await readConfig(deps.local);
    const page = pageKey(url);
    if (!config || !/^https?:/i.test(page)) return { ok: true, value: { url: page, at: deps.now(), annotations: [], skipped: 0 } };
    const client = await clientFor(deps, config);
    const result: GroupPage = { url: page, at: deps.now(), annotations: [], skipped: 0 };
    if (!client.ok) result.error = client.error;
    else {
      const found = await client.value.search(page, config.group);
      if (!found.ok) {
        result.error = describeApiError(found.error);
        const cached = await readGroupPage(deps.session, page);
        result.annotations = cached?.annotations ?? []; // Offline: keep showing what was last seen, with the error.
      } else {
        const local = await findAnnotations(deps.db, { url: page });
        const r = reconcile(found.value.rows, found.value.complete, await readState(deps.local), local);
        result.annotations = r.colleagues;
        result.skipped = r.skipped;
        if (await exclusive(() => applyRemote(deps, client.value, r))) deps.changed();
      }
    }
    await deps.session.set({ [pageCacheKey(page)]: result });
    return { ok: true, value: result };
  } catch (e) {
    return fail(e);
  }
}

export async function readGroupPage(session: KeyValueArea, url: string): Promise<GroupPage | undefined> {
  const key = pageCacheKey(url);
  return (await session.get(key))[key] as GroupPage | undefined;
}

/** Remote edits → local fields; confirmed remote deletions → local deletions. True when anything local changed. */
async function applyRemote(deps: SyncDeps, client: HypothesisClient, r: ReturnType<typeof reconcile>): Promise<boolean> {
  if (!r.remoteEdits.length && !r.maybeDeleted.length) return false;
  let changed = false;
  let state = await readState(deps.local);
  for (const edit of r.remoteEdits) {
    const stored = await deps.db.annotations.get(edit.localId);
    if (!stored) continue;
    const { stance: _s, ...rest } = stored;
    await deps.db.annotations.put({ ...rest, ...edit.body, modified: nextModified(stored.modified, new Date(deps.now())) });
    state = { ...state, links: { ...state.links, [edit.localId]: { ...state.links[edit.localId], updated: edit.updated } } };
    changed = true;
  }
  for (const gone of r.maybeDeleted) {
    const check = await client.get(gone.remoteId);
    if (check.ok || check.error.kind !== 'not-found') continue; // Still there (or unknown): keep the local one.
    await removeAnnotation(deps.db, gone.localId);
    const { [gone.localId]: _l, ...links } = state.links;
    state = { ...state, links };
    changed = true;
  }
  if (changed) await writeState(deps.local, state);
  return changed;
}
