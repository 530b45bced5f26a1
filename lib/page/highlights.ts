// Painting and un-painting the anchored sentences with the CSS Custom
// Highlight API (one Highlight per kind, registered by name). The registry and
// the Highlight constructor are parameters: the content script passes the
// page's CSS.highlights, tests pass a Map.
import { HIGHLIGHT_NAMES } from './styles';
import type { AnchoredMark } from './anchor';
import type { MarkKind } from './marks';

export interface HighlightLike {
  add(range: AbstractRange): unknown;
  priority: number;
}

export interface HighlightEnv {
  registry: { set(name: string, h: never): unknown; delete(name: string): unknown };
  create(): HighlightLike;
}

/** The page's CSS.highlights, or undefined in a browser without the Custom Highlight API. */
export function pageHighlightEnv(scope: typeof globalThis = globalThis): HighlightEnv | undefined {
  const registry = (scope as { CSS?: { highlights?: HighlightEnv['registry'] } }).CSS?.highlights;
  const Ctor = (scope as { Highlight?: new () => HighlightLike }).Highlight;
  if (!registry || !Ctor) return undefined;
  return { registry, create: () => new Ctor() };
}

const PRIORITY: Record<MarkKind | 'flash', number> = { source: 1, contradiction: 2, flash: 3 };

/** The two persistent highlights (source, contradiction) and the short-lived flash. */
export class Highlighter {
  private current = new Map<MarkKind, HighlightLike>();
  private flashTimer: number | undefined;

  constructor(private env: HighlightEnv) {}

  /** Starts a fresh paint: empty highlights registered under Sverka's names, filled by add(). */
  begin(): void {
    this.clear();
    for (const kind of ['source', 'contradiction'] as const) {
      const h = this.env.create();
      h.priority = PRIORITY[kind];
      this.current.set(kind, h);
      this.env.registry.set(HIGHLIGHT_NAMES[kind], h as never);
    }
  }

  /** Adds one anchored sentence to the highlight of its kind (begin() first). */
  add(mark: AnchoredMark): void {
    this.current.get(mark.kind)?.add(mark.range);
  }

  /** Removes Sverka's persistent highlights from the page. */
  clear(): void {
    for (const kind of ['source', 'contradiction'] as const) this.env.registry.delete(HIGHLIGHT_NAMES[kind]);
    this.current.clear();
  }

  /** Briefly marks one range (the sentence a card pointed to); `later` is the page's timer. */
  flash(range: AbstractRange, ms: number, later: (cb: () => void, ms: number) => number, cancel: (id: number) => void): void {
    if (this.flashTimer !== undefined) cancel(this.flashTimer);
    const h = this.env.create();
    h.priority = PRIORITY.flash;
    h.add(range);
    this.env.registry.set(HIGHLIGHT_NAMES.flash, h as never);
    this.flashTimer = later(() => {
      this.env.registry.delete(HIGHLIGHT_NAMES.flash);
      this.flashTimer = undefined;
    }, ms);
  }
}
