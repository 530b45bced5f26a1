// A time budget for one extraction. The size caps (elements, text, depth)
// bound the work on ordinary engines, but an adversarial page can still make
// Readability slow: jsdom (the command line) re-indexes siblings on every
// node replacement, so 60,000 small <div>s took over a minute there, and
// deep nesting costs quadratic time. Readability offers no way to stop it,
// so the budget is checked inside its hot helper methods and aborts the parse
// by throwing; extractArticle turns that into a 'too-large' result.

/** Thrown (and caught inside lib/extract) when the budget runs out. */
export class BudgetExceeded extends Error {
  constructor(readonly stage: string, readonly elapsedMs: number, readonly limitMs: number) {
    super(`Reading this page took over ${Math.round(limitMs / 1000)} s (stopped while ${stage}); Sverka gave up so the page stays responsive.`);
    this.name = 'BudgetExceeded';
  }
}

export interface Budget {
  /** Throws BudgetExceeded when the time is up. Cheap: one clock read. */
  check(stage: string): void;
  elapsed(): number;
}

const defaultNow = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/** Starts a budget of `limitMs` milliseconds measured with `now` (a fake clock in tests). */
export function startBudget(limitMs: number, now: () => number = defaultNow): Budget {
  const started = now();
  return {
    check(stage) {
      const elapsed = now() - started;
      if (elapsed > limitMs) throw new BudgetExceeded(stage, elapsed, limitMs);
    },
    elapsed: () => now() - started,
  };
}

// Readability 0.6.0 helpers called once per node (or more) in every phase of
// its parse: the main walk, the div→p conversion, scoring and the cleanup passes.
const READABILITY_HOT_METHODS = [
  '_getNextNode', '_nextNode', '_removeAndGetNext', '_setNodeTag', '_getInnerText', '_getCharCount',
  '_getLinkDensity', '_getClassWeight', '_isProbablyVisible', '_hasAncestorTag', '_getNodeAncestors',
  '_cleanConditionally', '_isElementWithoutContent', '_hasChildBlockElement',
] as const;

/**
 * Makes a Readability instance check the budget on each call of its hot
 * helpers. Returns how many helpers were wrapped: the unit tests require
 * most of them, so a Readability upgrade that renames them cannot silently
 * switch the budget off.
 */
export function guardReadability(reader: object, budget: Budget): number {
  const target = reader as Record<string, unknown>;
  let wrapped = 0;
  for (const name of READABILITY_HOT_METHODS) {
    const original = target[name];
    if (typeof original !== 'function') continue;
    target[name] = function guarded(this: unknown, ...args: unknown[]) {
      budget.check('finding the article');
      return (original as (...a: unknown[]) => unknown).apply(this, args);
    };
    wrapped++;
  }
  return wrapped;
}

/** How many helpers guardReadability looks for (for the test that keeps the guard honest). */
export const GUARDED_METHOD_COUNT = READABILITY_HOT_METHODS.length;
