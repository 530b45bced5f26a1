// A record of how long each piece of Sverka's page work took. It lives in the
// content script's isolated world (a global the page cannot read), so the
// end-to-end suite can attribute long tasks to Sverka precisely instead of
// guessing from the page's own timeline.

export interface TaskEntry {
  name: string;
  start: number;
  duration: number;
}

const KEY = Symbol.for('sverka.tasks');
const MAX = 200;

function log(): TaskEntry[] {
  const scope = globalThis as unknown as Record<symbol, TaskEntry[] | undefined>;
  return (scope[KEY] ??= []);
}

/** Runs `fn` and records its duration under `name`. */
export function timed<T>(name: string, fn: () => T, now: () => number = () => performance.now()): T {
  const start = now();
  try {
    return fn();
  } finally {
    const entries = log();
    entries.push({ name, start, duration: now() - start });
    if (entries.length > MAX) entries.splice(0, entries.length - MAX);
  }
}

/** What has been recorded so far (tests). */
export function taskEntries(): readonly TaskEntry[] {
  return log();
}

/** Records a task whose time the caller measured itself (e.g. the script's start, which ends at its first await). */
export function markTask(name: string, start: number, duration: number): void {
  const entries = log();
  entries.push({ name, start, duration });
  if (entries.length > MAX) entries.splice(0, entries.length - MAX);
}

const ANALYSIS = Symbol.for('sverka.lastAnalysis');

/**
 * Keeps the last extraction and the path that produced it in the same
 * isolated world, for the end-to-end test that compares it with an in-page
 * extraction of the same live document (tests/e2e/extension-context.e2e.ts).
 * It holds nothing the content script does not hold anyway.
 */
export function noteAnalysis(analysis: { extractor: string; outcome: unknown }): void {
  (globalThis as unknown as Record<symbol, unknown>)[ANALYSIS] = analysis;
}
