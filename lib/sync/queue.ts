// The outgoing side of sync: a queue of publish/update/delete operations kept
// in storage.local after every step, so a change survives the service worker
// being stopped, the browser being closed or the network being down. The
// queue runs in order; a 429 waits for the server's Retry-After, a network
// failure or a 5xx backs off exponentially, a refused token stops the queue
// until the reader fixes the settings. Nothing is dropped silently: an
// operation the server rejects outright is removed with its reason shown.
import { describeApiError, type ApiError, type ApiResult, type HypothesisClient } from './client';
import { isMarked, toHypothesis, toHypothesisUpdate } from './convert';
import type { Annotation } from '../annotations/types';

export type SyncOp =
  | {
    kind: 'publish' | 'update'; localId: string; attempts: number; notBefore: number;
    /**
     * Set (and saved) just before the POST goes out, with the page it is for:
     * if the worker is stopped before the answer arrives, the copy may exist
     * on the server without Sverka knowing its id. The next try searches the
     * group's annotations of that page for the copy's marker tag
     * (convert.ts localMarker) before posting again, so no duplicate is made.
     */
    maybeSent?: { url: string };
  }
  /** `remoteId` empty: a copy that may have been sent (maybeSent) is found by its marker on `url` and deleted. */
  | { kind: 'delete'; localId: string; remoteId: string; url?: string; attempts: number; notBefore: number };

/** A local annotation published to the group: its Hypothesis id and the `updated` time Sverka last saw. */
export interface SyncLink {
  remoteId: string;
  group: string;
  updated: string;
}

export interface SyncState {
  queue: SyncOp[];
  /** Local annotation id → its published copy. */
  links: Record<string, SyncLink>;
  /** The last failure, worded for the reader (cleared by the next success). */
  lastError?: string;
  /** The queue is stopped until the settings change (the token was refused). */
  blocked?: boolean;
  lastSuccess?: number;
}

export const EMPTY_STATE: SyncState = { queue: [], links: {} };

/** First retry after 5 s, doubling up to 15 minutes. */
export function backoffMs(attempts: number): number {
  return Math.min(5_000 * 2 ** Math.max(attempts - 1, 0), 15 * 60_000);
}

/**
 * Adds an operation, merged with what is already queued: a publish already
 * waiting covers a later edit (it reads the annotation when it runs), an edit
 * of something never published is nothing to send, a delete cancels a
 * publish that has not gone out yet.
 */
export function enqueue(state: SyncState, op: { kind: 'publish' | 'update' | 'delete'; localId: string }, now: number): SyncState {
  const queue = [...state.queue];
  const pending = queue.find((o) => o.localId === op.localId && o.kind !== 'delete');
  const link = state.links[op.localId];
  if (op.kind === 'publish') {
    if (pending || link) return state;
    queue.push({ kind: 'publish', localId: op.localId, attempts: 0, notBefore: now });
  } else if (op.kind === 'update') {
    if (pending || !link) return state;
    queue.push({ kind: 'update', localId: op.localId, attempts: 0, notBefore: now });
  } else {
    const rest = queue.filter((o) => o.localId !== op.localId);
    const sent = pending && pending.kind !== 'delete' ? pending.maybeSent : undefined;
    if (!link && sent) {
      // The publish may have reached the server: find that copy by its marker and delete it.
      rest.push({ kind: 'delete', localId: op.localId, remoteId: '', url: sent.url, attempts: 0, notBefore: now });
      return { ...state, queue: rest };
    }
    if (!link) return { ...state, queue: rest };
    rest.push({ kind: 'delete', localId: op.localId, remoteId: link.remoteId, attempts: 0, notBefore: now });
    const { [op.localId]: _gone, ...links } = state.links;
    return { ...state, queue: rest, links };
  }
  return { ...state, queue };
}

export interface QueueDeps {
  client: HypothesisClient;
  group: string;
  /** The stored annotation (undefined: deleted meanwhile). */
  load(localId: string): Promise<Annotation | undefined>;
  /** Persist after every step (storage.local). */
  save(state: SyncState): Promise<void>;
  now(): number;
}

/**
 * Runs the due operations in order until the queue is empty or one must wait.
 * Returns the state and, when something waits, the time to try again.
 */
export async function runQueue(deps: QueueDeps, start: SyncState): Promise<{ state: SyncState; wakeAt?: number }> {
  let state = start;
  if (state.blocked) return { state };
  while (state.queue.length) {
    let [op, ...rest] = state.queue;
    if (op.notBefore > deps.now()) return { state, wakeAt: op.notBefore };
    // A mark left by an earlier try: that POST may have arrived, so look for the copy first.
    const earlierTry = op.kind !== 'delete' && !!op.maybeSent;
    // Before a POST can go out: say so in storage (see SyncOp.maybeSent).
    if (op.kind !== 'delete' && !op.maybeSent && !state.links[op.localId]) {
      const annotation = await deps.load(op.localId);
      if (annotation) {
        op = { ...op, maybeSent: { url: annotation.url } };
        state = { ...state, queue: [op, ...rest] };
        await deps.save(state);
      }
    }
    const outcome = await runOne(deps, state, op, earlierTry);
    if (outcome.ok) {
      state = { ...outcome.state, queue: rest, lastError: undefined, lastSuccess: deps.now() };
    } else {
      state = failed(state, op, rest, outcome.error, deps.now());
    }
    await deps.save(state);
    if (!outcome.ok && (state.blocked || state.queue[0]?.notBefore > deps.now())) return { state, wakeAt: state.blocked ? undefined : state.queue[0].notBefore };
  }
  return { state };
}

type StepOutcome = { ok: true; state: SyncState } | { ok: false; error: ApiError };

/** The reader's copy of `localId` among the group's annotations of `url`, found by its marker tag (undefined: not there). */
async function findCopy(deps: QueueDeps, url: string, localId: string): Promise<ApiResult<{ id: string; updated: string } | undefined>> {
  const found = await deps.client.search(url, deps.group);
  if (!found.ok) return found;
  const row = found.value.rows.find((r) => isMarked((r as { tags?: unknown })?.tags, localId)) as { id?: unknown; updated?: unknown } | undefined;
  return { ok: true, value: row && typeof row.id === 'string' && typeof row.updated === 'string' ? { id: row.id, updated: row.updated } : undefined };
}

async function runOne(deps: QueueDeps, state: SyncState, op: SyncOp, earlierTry: boolean): Promise<StepOutcome> {
  if (op.kind === 'delete') {
    let remoteId = op.remoteId;
    if (!remoteId && op.url) {
      const copy = await findCopy(deps, op.url, op.localId);
      if (!copy.ok) return copy;
      if (!copy.value) return { ok: true, state }; // It never arrived: nothing to delete.
      remoteId = copy.value.id;
    }
    if (!remoteId) return { ok: true, state };
    const r = await deps.client.remove(remoteId);
    // Already gone on the server: the goal is reached.
    return r.ok || r.error.kind === 'not-found' ? { ok: true, state } : r;
  }
  const annotation = await deps.load(op.localId);
  if (!annotation) return { ok: true, state }; // Deleted locally meanwhile; its delete op handles the server copy.
  const link = state.links[op.localId];
  if (op.kind === 'update' && link) {
    const r = await deps.client.update(link.remoteId, toHypothesisUpdate(annotation));
    if (r.ok) return { ok: true, state: { ...state, links: { ...state.links, [op.localId]: { ...link, updated: r.value.updated } } } };
    if (r.error.kind !== 'not-found') return r;
    // Deleted on the server by someone else: the reader's edit publishes it again rather than losing it.
  }
  if (earlierTry && op.maybeSent && !link) {
    // An earlier try may have created the copy and lost the answer: adopt it rather than post a second one.
    const copy = await findCopy(deps, op.maybeSent.url, op.localId);
    if (!copy.ok) return copy;
    if (copy.value) {
      const adopted = { ok: true as const, state: { ...state, links: { ...state.links, [op.localId]: { remoteId: copy.value.id, group: deps.group, updated: copy.value.updated } } } };
      // It holds what was sent then; an edit made since goes out as an update.
      const r = await deps.client.update(copy.value.id, toHypothesisUpdate(annotation));
      if (!r.ok) return r.error.kind === 'not-found' ? adopted : r;
      return { ok: true, state: { ...adopted.state, links: { ...adopted.state.links, [op.localId]: { remoteId: copy.value.id, group: deps.group, updated: r.value.updated } } } };
    }
  }
  const r = await deps.client.create(toHypothesis(annotation, deps.group));
  if (!r.ok) return r;
  return { ok: true, state: { ...state, links: { ...state.links, [op.localId]: { remoteId: r.value.id, group: deps.group, updated: r.value.updated } } } };
}

function failed(state: SyncState, op: SyncOp, rest: SyncOp[], error: ApiError, now: number): SyncState {
  const lastError = describeApiError(error);
  switch (error.kind) {
    case 'rate-limited':
      return { ...state, lastError, queue: [{ ...op, notBefore: now + error.retryAfterMs }, ...rest] };
    case 'offline':
    case 'server':
    case 'invalid-response': {
      const attempts = op.attempts + 1;
      return { ...state, lastError, queue: [{ ...op, attempts, notBefore: now + backoffMs(attempts) }, ...rest] };
    }
    case 'unauthorized':
      return { ...state, lastError, blocked: true };
    case 'not-found':
    case 'rejected':
      // The server will never accept this one as it is: drop it, say so.
      return { ...state, lastError, queue: rest };
  }
}
