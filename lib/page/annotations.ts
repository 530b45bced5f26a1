// The reader's annotations on the page: fetched from the background, found
// again in the live page (lib/annotations/content.ts anchorPage: exact,
// approximate or orphan), drawn as the third highlight (`sverka-annotation`)
// and reported back so the panel can mark orphans. All of it in idle time;
// a newer refresh (another change, a navigation) cancels an older one.
// Browser APIs arrive through the deps, so unit tests run it with fakes.
import { anchorPage } from '../annotations/content';
import { nextIdle, type Scheduler } from './schedule';
import { timed } from './task-log';
import { HIGHLIGHT_NAMES } from './styles';
import type { HighlightEnv } from './highlights';
import type { AnchorReport, QuoteTarget } from '../annotations/types';
import type { Result } from '../types/result';

/** Under the matched-sentence highlights: their background shows through, our underline stays visible. */
const PRIORITY = 0;

export interface PageAnnotationsDeps {
  doc: Document;
  win: Window;
  sched: Scheduler;
  /** Undefined without the CSS Custom Highlight API: anchoring is still reported, nothing is drawn. */
  env?: HighlightEnv;
  /** The ::highlight() stylesheet, adopted again before painting. */
  sheet: { ensure(): boolean };
  /** Sends getPageAnnotations (the background answers only for the page that asks). */
  fetch(url: string): Promise<Result<(QuoteTarget & { id: string })[]> | undefined>;
  /** Sends the anchoring report: annotationsAnchored for the reader's own, groupAnnotationsAnchored for the colleagues'. */
  report?(url: string, results: AnchorReport[]): void;
  highlightsEnabled: boolean;
  /** Which ::highlight() draws them: the reader's own (default) or the group's (`sverka-colleague`). */
  highlightName?: string;
  /** Drawn under the other highlights by default. */
  priority?: number;
}

export class PageAnnotations {
  private seq = 0;
  private ranges: Range[] = [];
  private enabled: boolean;

  constructor(private deps: PageAnnotationsDeps) {
    this.enabled = deps.highlightsEnabled;
  }

  /** Fetches, anchors, paints and reports this page's annotations; resolves to the report (undefined if superseded or failed). */
  async refresh(): Promise<AnchorReport[] | undefined> {
    const seq = ++this.seq;
    await nextIdle(this.deps.sched);
    if (seq !== this.seq) return undefined;
    const url = this.deps.win.location.href;
    const answer = await this.deps.fetch(url).catch(() => undefined);
    if (seq !== this.seq || !answer?.ok) return undefined;
    // A page note (no quote, no position, no XPath range) is about the whole page: nothing to find or draw.
    const list = answer.value.filter((a) => a.exact || a.start !== undefined || a.xrange);
    let anchored: ReturnType<typeof anchorPage>['anchored'] = [];
    let report: AnchorReport[] = [];
    if (list.length) {
      // Building the page text and searching it is one task of its own, in an idle period.
      await nextIdle(this.deps.sched);
      if (seq !== this.seq) return undefined;
      ({ anchored, report } = timed('anchor-annotations', () => anchorPage(this.deps.doc, list)));
    }
    const hadRanges = this.ranges.length > 0;
    this.ranges = anchored.flatMap((a) => (a.range ? [a.range] : []));
    if (hadRanges || this.ranges.length) this.paint();
    // Most pages have no annotations: then there is nothing to tell the panel (and no message on every page load).
    if (list.length) this.deps.report?.(url, report);
    return report;
  }

  /** After the page re-rendered: anchor again if any drawn quote lost its text. */
  recheck(): void {
    if (this.ranges.some((r) => !r.startContainer.isConnected || !r.endContainer.isConnected || r.collapsed)) void this.refresh();
  }

  /** The highlights switch (panel or keyboard shortcut) applies to annotations too. */
  setEnabled(enabled: boolean): void {
    this.enabled = enabled;
    this.paint();
  }

  /** Forgets the page (navigation, extension reload): nothing stays drawn. */
  clear(): void {
    this.seq++;
    this.ranges = [];
    this.deps.env?.registry.delete(this.name);
  }

  private get name(): string {
    return this.deps.highlightName ?? HIGHLIGHT_NAMES.annotation;
  }

  /** How many quotes are drawn (tests and diagnostics). */
  get size(): number {
    return this.ranges.length;
  }

  private paint(): void {
    const { env, sheet } = this.deps;
    if (!env) return;
    if (!this.enabled || !this.ranges.length || !sheet.ensure()) {
      env.registry.delete(this.name);
      return;
    }
    const highlight = env.create();
    highlight.priority = this.deps.priority ?? PRIORITY;
    for (const range of this.ranges) highlight.add(range);
    env.registry.set(this.name, highlight as never);
  }
}
