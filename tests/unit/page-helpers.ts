// Fakes for the page-side unit tests: a scheduler whose timers the test runs
// by hand, a highlight registry that is a Map, and a small article page.
import type { HighlightEnv, HighlightLike } from '../../lib/page/highlights';
import type { Scheduler } from '../../lib/page/schedule';

export interface ManualScheduler extends Scheduler {
  /** Runs every pending `later` callback (timers scheduled meanwhile run too, up to `rounds` times). */
  runLater(rounds?: number): void;
  pending(): number;
}

/** Idle callbacks run on the next macrotask by themselves; timers wait for runLater(). */
export function manualScheduler(): ManualScheduler {
  let next = 1;
  const timers = new Map<number, () => void>();
  return {
    idle: (cb) => void setTimeout(() => cb({ timeRemaining: () => 8, didTimeout: false }), 0),
    later(cb) {
      const id = next++;
      timers.set(id, cb);
      return id;
    },
    cancel: (id) => void timers.delete(id),
    now: () => performance.now(),
    runLater(rounds = 3) {
      for (let i = 0; i < rounds && timers.size; i++) {
        const due = [...timers.entries()];
        timers.clear();
        for (const [, cb] of due) cb();
      }
    },
    pending: () => timers.size,
  };
}

export type FakeHighlight = HighlightLike & { ranges: Set<AbstractRange> };

export function fakeHighlights(): HighlightEnv & { registry: Map<string, FakeHighlight> } {
  const registry = new Map<string, FakeHighlight>();
  return {
    registry: registry as unknown as HighlightEnv['registry'] & Map<string, FakeHighlight>,
    create(): FakeHighlight {
      const ranges = new Set<AbstractRange>();
      return { ranges, priority: 0, add: (r: AbstractRange) => ranges.add(r) };
    },
  };
}

/** Waits for idle callbacks and promise chains to settle. */
export const settle = (ms = 20) => new Promise((r) => setTimeout(r, ms));

export const ARTICLE_HTML = `
  <header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
  <main>
    <article>
      <h1>Lavrov says Trump confirmed interest in cyber cooperation</h1>
      <div class="body">
        <p id="p1">MOSCOW, July 21. US President Donald Trump confirmed his interest in cooperation with Moscow on cybersecurity at the meeting in Hamburg. Foreign Minister Sergey Lavrov said so in an interview with NBC News.</p>
        <p id="p2">According to him, the leaders of the two countries do not draft the plans of <b>specific</b> projects. "They raise issues on which the two countries can cooperate," the minister <a href="/lavrov">said</a>.</p>
        <p id="p3">Russia together with China and other members of the Shanghai Cooperation Organisation proposed a draft of rules of conduct in the field of international information security several years ago.</p>
      </div>
    </article>
  </main>
  <footer>© News site</footer>`;

export const ARTICLE_HEAD = `<meta property="og:type" content="article"><meta property="article:published_time" content="2017-07-21T16:48:00+03:00"><title>Lavrov on cyber cooperation</title>`;
