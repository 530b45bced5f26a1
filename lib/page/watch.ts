// Noticing that the page re-rendered its article (client-side frameworks
// replace paragraphs after load, live blogs append to them). Mutations are
// only looked at when they touch the article's container, and the check runs
// once the page has been quiet for a moment, never per mutation.
import type { Scheduler } from './schedule';

export interface WatchOptions {
  /** The element holding the highlighted sentences (re-read on every batch; it may change). */
  container(): Element | undefined;
  /** Nodes of our own (the lookup button's shadow host) whose coming and going is not the page's doing. */
  isOurs(node: Node): boolean;
  /** Called once the page has been quiet for `quietMs` after a relevant change. */
  onSettled(): void;
  quietMs?: number;
}

type ObserverCtor = new (cb: MutationCallback) => MutationObserver;

/** True when a mutation record touches `container`: inside it, or replacing it (or an ancestor). */
export function touches(record: MutationRecord, container: Element, isOurs: (n: Node) => boolean): boolean {
  const changed = [...Array.from(record.addedNodes), ...Array.from(record.removedNodes)];
  if (record.type === 'childList' && changed.length && changed.every(isOurs)) return false;
  const target = record.target;
  if (container.contains(target)) return true;
  // A change above the container matters only when the container itself was removed or replaced.
  return !container.isConnected || changed.some((n) => n.contains(container));
}

/** Watches `root` (normally document.body); returns a function that stops watching. */
export function watchArticle(root: Node, sched: Scheduler, opts: WatchOptions, Observer: ObserverCtor = MutationObserver): () => void {
  const quiet = opts.quietMs ?? 400;
  let timer: number | undefined;
  const observer = new Observer((records) => {
    const container = opts.container();
    if (!container) return;
    if (!records.some((r) => touches(r, container, opts.isOurs))) return;
    if (timer !== undefined) sched.cancel(timer);
    timer = sched.later(() => {
      timer = undefined;
      opts.onSettled();
    }, quiet);
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  return () => {
    observer.disconnect();
    if (timer !== undefined) sched.cancel(timer);
  };
}

/**
 * Resolves once `root` has had no mutations for `quietMs` (or after `maxMs`
 * at most): after an in-page navigation the new article is rendered by the
 * page's scripts, and extraction should read it only once they are done.
 */
export function whenQuiet(root: Node, sched: Scheduler, quietMs = 500, maxMs = 4_000, Observer: ObserverCtor = MutationObserver): Promise<void> {
  return new Promise((resolve) => {
    let timer = sched.later(done, quietMs);
    const cap = sched.later(done, maxMs);
    const observer = new Observer(() => {
      sched.cancel(timer);
      timer = sched.later(done, quietMs);
    });
    observer.observe(root, { childList: true, subtree: true, characterData: true });
    function done() {
      observer.disconnect();
      sched.cancel(timer);
      sched.cancel(cap);
      resolve();
    }
  });
}
