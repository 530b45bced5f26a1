// One page as Sverka reads it: have the article read in idle time (lib/page/analyse.ts),
// highlight what the background found, keep the highlights on the right text
// while the page re-renders, and start over after an in-page navigation.
// Every browser API arrives through `PageDeps`, so the same class runs in the
// content script and, with fakes, in unit tests.
import { anchorMarks, anchorMarksInSlices, commonContainer, stillAnchored, type AnchoredMark } from './anchor';
import { caretAt, markAt } from './hit-test';
import { marksFromFindings, type SentenceMark } from './marks';
import { HEADLINE_START } from '../extract/headline';
import { inChunks, nextIdle, type Scheduler } from './schedule';
import { scrollToRange } from './scroll';
import { markTask, noteAnalysis, timed } from './task-log';
import { watchArticle, whenQuiet } from './watch';
import type { ExtractedArticle } from '../extract';
import type { Extractor } from '../protocol';
import type { Analysis } from './analyse';
import type { Highlighter } from './highlights';
import type { TabState } from '../types/tab-state';

export const FLASH_MS = 1_500;
/** Re-anchoring attempts while none of the marked sentences can be found (the page may still be rendering). */
const MAX_EMPTY_RETRIES = 5;

export interface PageDeps {
  doc: Document;
  win: Window;
  sched: Scheduler;
  /** Undefined where the browser has no CSS Custom Highlight API: the panel still works, the page shows nothing. */
  highlighter?: Highlighter;
  /** The ::highlight() stylesheet, adopted again before painting. */
  sheet: { ensure(): boolean };
  /**
   * Reads the article and reports it (lib/page/analyse.ts): the background extracts a snapshot in an extension
   * context and answers with the sentences and the findings. Undefined when `cancelled()` turned true meanwhile.
   */
  analyse(url: URL, cancelled: () => boolean): Promise<Analysis | undefined>;
  /** Sends highlightClicked for the sentence starting at `start`. */
  clicked(start: number): void;
  /** True for nodes Sverka itself put in the page (the lookup button's host). */
  isOurs(node: Node): boolean;
  /** The article area changed and settled (annotations check their own ranges then). */
  settled?(): void;
  highlightsEnabled: boolean;
}

export class PageSession {
  private generation = 0;
  private paintSeq = 0;
  private article: ExtractedArticle | undefined;
  private marks: SentenceMark[] = [];
  private anchored: AnchoredMark[] = [];
  private container: Element | undefined;
  private emptyRetries = 0;
  private painted = false;
  private extractedBy: Extractor | undefined;
  private stopWatching: (() => void) | undefined;
  private enabled: boolean;

  constructor(private deps: PageDeps) {
    this.enabled = deps.highlightsEnabled;
  }

  /** Extracts the article once the page is idle, reports it and highlights the findings. */
  async read(): Promise<TabState | undefined> {
    const gen = ++this.generation;
    await nextIdle(this.deps.sched);
    if (gen !== this.generation) return undefined;
    const url = new URL(this.deps.win.location.href);
    const analysis = await this.deps.analyse(url, () => gen !== this.generation);
    if (!analysis || gen !== this.generation) return undefined;
    this.extractedBy = analysis.extractor;
    noteAnalysis(analysis);
    this.article = analysis.outcome.ok ? (analysis.outcome.article as ExtractedArticle) : undefined;
    const reply = analysis.reply;
    if (!reply?.ok) return undefined;
    this.marks = marksFromFindings(reply.value.status === 'done' ? reply.value.findings : undefined);
    await this.anchor(gen);
    return reply.value;
  }

  /** After a history navigation: forget the old article, wait for the new one to render, read again. */
  async navigated(): Promise<TabState | undefined> {
    this.generation++;
    this.forget();
    await whenQuiet(this.deps.doc.documentElement, this.deps.sched);
    return this.read();
  }

  /** The panel toggle or the keyboard shortcut. */
  async setEnabled(enabled: boolean): Promise<void> {
    if (enabled === this.enabled) return;
    this.enabled = enabled;
    if (enabled) await this.paint();
    else {
      this.paintSeq++;
      this.deps.highlighter?.clear();
    }
  }

  /** Scrolls to the sentence at [start, end) and flashes it; false when it is not on the page. */
  focus(start: number): boolean {
    let mark = this.anchored.find((a) => a.start === start);
    if (!mark && this.article) {
      const sentence = start === HEADLINE_START ? { end: HEADLINE_START } : this.article.sentences.find((s) => s.start === start);
      if (sentence) mark = timed('anchor-one', () => anchorMarks(this.deps.doc, this.article!, [{ start, end: sentence.end, kind: 'source' }]))[0];
    }
    if (!mark) return false;
    scrollToRange(mark.range, this.deps.win);
    if (this.deps.highlighter && this.deps.sheet.ensure()) {
      this.deps.highlighter.flash(mark.range, FLASH_MS, (cb, ms) => this.deps.sched.later(cb, ms), (id) => this.deps.sched.cancel(id));
    }
    return true;
  }

  /** A click in the page: on a highlighted sentence it asks the panel to show that sentence's card. */
  clickedAt(x: number, y: number): boolean {
    if (!this.enabled || !this.anchored.length) return false;
    const selection = this.deps.win.getSelection();
    if (selection && !selection.isCollapsed) return false; // the reader was selecting text, not pointing
    const mark = markAt(this.anchored, caretAt(this.deps.doc, x, y));
    if (mark) this.deps.clicked(mark.start);
    return !!mark;
  }

  /** Which context extracted the current article (diagnostics). */
  get extractor(): Extractor | undefined {
    return this.extractedBy;
  }

  /** The sentences currently highlighted (tests and diagnostics). */
  get anchoredMarks(): readonly AnchoredMark[] {
    return this.anchored;
  }

  stop(): void {
    this.generation++;
    this.forget();
  }

  private forget(): void {
    this.paintSeq++;
    this.stopWatching?.();
    this.stopWatching = undefined;
    this.deps.highlighter?.clear();
    this.article = undefined;
    this.marks = [];
    this.anchored = [];
    this.container = undefined;
    this.emptyRetries = 0;
  }

  private async anchor(gen: number): Promise<void> {
    if (!this.article || !this.marks.length) return;
    const anchored = await anchorMarksInSlices(this.deps.doc, this.article, this.marks, this.deps.sched, () => gen !== this.generation);
    if (!anchored || gen !== this.generation) return;
    this.anchored = anchored;
    this.container = commonContainer(this.anchored);
    this.watch();
    if (this.enabled) await this.paint();
  }

  /** Paints the anchored sentences in slices; a newer paint or a toggle-off stops an older one. */
  private async paint(): Promise<void> {
    const { highlighter, sheet } = this.deps;
    if (!highlighter || !sheet.ensure()) return;
    const seq = ++this.paintSeq;
    highlighter.begin();
    if (!this.anchored.length) return;
    await inChunks(this.anchored, (m) => {
      highlighter.add(m);
      if (!this.painted) {
        // For npm run bench:page: time from the load event to the first highlight.
        this.painted = true;
        markTask('first-highlight', this.deps.sched.now(), 0);
      }
    }, this.deps.sched, () => seq !== this.paintSeq, 'paint');
  }

  private watch(): void {
    this.stopWatching?.();
    this.stopWatching = watchArticle(this.deps.doc.body ?? this.deps.doc.documentElement, this.deps.sched, {
      container: () => (this.container?.isConnected ? this.container : (this.deps.doc.body ?? undefined)),
      isOurs: (n) => this.deps.isOurs(n),
      onSettled: () => {
        void this.recheck();
        this.deps.settled?.();
      },
    });
  }

  /** After the article area changed: find the sentences again if our ranges no longer cover them. */
  private async recheck(): Promise<void> {
    if (!this.article) return;
    if (this.anchored.length && stillAnchored(this.anchored)) return;
    if (!this.anchored.length && this.emptyRetries++ >= MAX_EMPTY_RETRIES) return;
    const gen = this.generation;
    const anchored = await anchorMarksInSlices(this.deps.doc, this.article, this.marks, this.deps.sched, () => gen !== this.generation);
    if (!anchored || gen !== this.generation || !this.article) return;
    this.anchored = anchored;
    this.container = commonContainer(this.anchored) ?? this.container;
    if (this.anchored.length) this.emptyRetries = 0;
    if (this.enabled) await this.paint();
    else this.deps.highlighter?.clear();
  }
}
