// Time-slicing for work in the page. Everything Sverka does after load runs in
// idle periods and in slices short enough that the page never sees a long task
// (over 50 ms) from us: the reader keeps scrolling while Sverka reads.
import { markTask } from './task-log';

/** What an idle callback is given (IdleDeadline, or a stand-in where there is none). */
export interface Deadline {
  timeRemaining(): number;
  readonly didTimeout: boolean;
}

/** The timers the page code may use; the content script passes WXT ctx's, which stop on reload. */
export interface Scheduler {
  idle(cb: (deadline: Deadline) => void, opts?: { timeout?: number }): void;
  later(cb: () => void, ms: number): number;
  cancel(id: number): void;
  now(): number;
}

/** Longest slice of our own work between yields, well under the 50 ms long-task line. */
export const SLICE_MS = 8;

/** Resolves in the next idle period (or after `timeout` ms when the page never idles). */
export function nextIdle(sched: Scheduler, timeout = 2_000): Promise<Deadline> {
  return new Promise((resolve) => sched.idle(resolve, { timeout }));
}

/**
 * Runs `work` on every item, yielding to the page between slices of at most
 * SLICE_MS (or the idle time left, whichever is less). Stops early when
 * `cancelled()` turns true, e.g. the page navigated while we were busy.
 */
export async function inChunks<T>(
  items: readonly T[],
  work: (item: T, index: number) => void,
  sched: Scheduler,
  cancelled: () => boolean = () => false,
  /** Each slice is recorded in the task log under this name (npm run bench:page attributes long tasks with it). */
  name?: string,
): Promise<boolean> {
  let i = 0;
  while (i < items.length) {
    const deadline = await nextIdle(sched);
    if (cancelled()) return false;
    const started = sched.now();
    const budget = Math.min(SLICE_MS, Math.max(1, deadline.timeRemaining()));
    do {
      work(items[i], i);
      i++;
    } while (i < items.length && sched.now() - started < budget);
    if (name) markTask(name, started, sched.now() - started);
  }
  return !cancelled();
}

/** A Scheduler on plain window timers, for tests and for pages where no WXT ctx exists. */
export function windowScheduler(win: Window & typeof globalThis): Scheduler {
  return {
    idle(cb, opts) {
      if (typeof win.requestIdleCallback === 'function') win.requestIdleCallback(cb, opts);
      else win.setTimeout(() => cb({ timeRemaining: () => SLICE_MS, didTimeout: false }), 1);
    },
    later: (cb, ms) => win.setTimeout(cb, ms),
    cancel: (id) => win.clearTimeout(id),
    now: () => win.performance.now(),
  };
}
