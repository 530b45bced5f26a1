// @vitest-environment jsdom
// The page session as the content script runs it, on a jsdom page with fake
// highlights and a fake background: highlights follow the findings, the
// switch, re-renders and in-page navigation; cards and clicks meet sentences.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PageSession, FLASH_MS, type PageDeps } from '../../lib/page/session';
import { Highlighter } from '../../lib/page/highlights';
import { runExtraction } from '../../lib/page/run-extraction';
import { analyseInPage } from '../../lib/page/analyse';
import { ARTICLE_HEAD, ARTICLE_HTML, fakeHighlights, manualScheduler, settle, type ManualScheduler } from './page-helpers';
import type { ExtractOutcome, Result } from '../../lib/protocol';
import type { TabState } from '../../lib/service/tab-state';
import type { ArticleFindings } from '../../lib/match';

const squash = (s: string) => s.replace(/\s+/g, '');

/** Findings for the fixture: sentences 0 and 3 state claims, sentence 2 may contradict one. */
function findingsFor(outcome: ExtractOutcome): ArticleFindings {
  if (!outcome.ok) throw new Error('fixture must extract');
  const s = outcome.article.sentences;
  const match = (i: number) => ({ sentence: s[i].text, start: s[i].start, end: s[i].end, claims: [{ claimId: `c${i}` }] });
  return {
    onTopic: true,
    events: ['e'],
    matches: [match(0), match(2), match(3)],
    contradictions: [{ sentence: s[2].text, start: s[2].start, end: s[2].end, claimId: 'c2', against: 'z', kind: 'curated', explanation: { ru: '', uk: '', en: '' } }],
  } as unknown as ArticleFindings;
}

let sched: ManualScheduler;
let env: ReturnType<typeof fakeHighlights>;
let reports: { url: string; outcome: ExtractOutcome }[];
let clicked: number[];
let scrolled: Element[];

function session(extra: Partial<PageDeps> = {}): PageSession {
  return new PageSession({
    doc: document,
    win: window,
    sched,
    highlighter: new Highlighter(env),
    sheet: { ensure: () => true },
    // The in-page path with a fake background: the same extraction the offscreen document runs on a snapshot.
    analyse: (url) =>
      analyseInPage(document, url, runExtraction, async (_type, payload): Promise<Result<TabState>> => {
        const { url: href, outcome } = payload as { url: string; outcome: ExtractOutcome };
        reports.push({ url: href, outcome });
        return { ok: true, value: { tabId: 1, url: href, status: 'done', findings: findingsFor(outcome), updatedAt: 0 } };
      }),
    clicked: (start) => clicked.push(start),
    isOurs: () => false,
    highlightsEnabled: true,
    ...extra,
  });
}

const sizes = () => ({ source: env.registry.get('sverka-source')?.ranges.size ?? 0, contradiction: env.registry.get('sverka-contradiction')?.ranges.size ?? 0 });

beforeEach(() => {
  history.replaceState({}, '', '/politika/1');
  document.head.innerHTML = ARTICLE_HEAD;
  document.body.innerHTML = ARTICLE_HTML;
  sched = manualScheduler();
  env = fakeHighlights();
  reports = [];
  clicked = [];
  scrolled = [];
  Element.prototype.scrollIntoView = function (this: Element) {
    scrolled.push(this);
  };
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('PageSession', () => {
  it('extracts in idle time, reports the article and paints the findings by kind', async () => {
    const s = session();
    const html = document.body.innerHTML;
    const state = await s.read();
    expect(state?.status).toBe('done');
    expect(reports).toHaveLength(1);
    expect(reports[0].url).toBe(location.href);
    expect(sizes()).toEqual({ source: 2, contradiction: 1 });
    const sentences = (reports[0].outcome as Extract<ExtractOutcome, { ok: true }>).article.sentences;
    const painted = [...env.registry.get('sverka-contradiction')!.ranges][0] as Range;
    expect(squash(painted.toString())).toBe(squash(sentences[2].text));
    expect(env.registry.get('sverka-contradiction')!.priority).toBeGreaterThan(env.registry.get('sverka-source')!.priority);
    expect(document.body.innerHTML).toBe(html);
  });

  it('paints nothing while highlights are off, and follows the switch', async () => {
    const s = session({ highlightsEnabled: false });
    await s.read();
    expect(env.registry.size).toBe(0);
    await s.setEnabled(true);
    await settle();
    expect(sizes()).toEqual({ source: 2, contradiction: 1 });
    await s.setEnabled(false);
    expect(env.registry.size).toBe(0);
  });

  it('a card scrolls to its sentence and flashes it for a moment, even a sentence without a highlight', async () => {
    const s = session();
    await s.read();
    const sentences = (reports[0].outcome as Extract<ExtractOutcome, { ok: true }>).article.sentences;
    expect(s.focus(sentences[3].start)).toBe(true);
    expect(scrolled[0]?.id).toBe('p2');
    expect(squash((env.registry.get('sverka-flash')!.ranges.values().next().value as Range).toString())).toBe(squash(sentences[3].text));
    sched.runLater();
    expect(env.registry.has('sverka-flash')).toBe(false);
    // Sentence 1 has no finding but still exists on the page.
    expect(s.focus(sentences[1].start)).toBe(true);
    expect(s.focus(123_456)).toBe(false);
    expect(FLASH_MS).toBeGreaterThanOrEqual(1_000);
  });

  it('a click on a highlighted sentence reports its start; elsewhere, or while selecting, nothing', async () => {
    const s = session();
    await s.read();
    const target = s.anchoredMarks[1];
    const node = target.range.startContainer;
    const d = document as Document & { caretRangeFromPoint?: (x: number, y: number) => Range };
    d.caretRangeFromPoint = () => {
      const r = document.createRange();
      r.setStart(node, target.range.startOffset + 3);
      return r;
    };
    expect(s.clickedAt(10, 10)).toBe(true);
    expect(clicked).toEqual([target.start]);
    d.caretRangeFromPoint = () => {
      const r = document.createRange();
      r.setStart(document.querySelector('footer')!.firstChild!, 1);
      return r;
    };
    expect(s.clickedAt(10, 10)).toBe(false);
    vi.spyOn(window, 'getSelection').mockReturnValue({ isCollapsed: false } as Selection);
    expect(s.clickedAt(10, 10)).toBe(false);
    expect(clicked).toHaveLength(1);
  });

  it('finds the sentences again after the page re-renders its article', async () => {
    const s = session();
    await s.read();
    const body = document.querySelector('.body')!;
    body.innerHTML = body.innerHTML;
    await settle(); // MutationObserver callback → debounce timer
    expect(sched.pending()).toBeGreaterThan(0);
    sched.runLater();
    await settle();
    expect(sizes()).toEqual({ source: 2, contradiction: 1 });
    for (const h of env.registry.values()) for (const r of h.ranges) expect((r as Range).startContainer.isConnected).toBe(true);
  });

  it('ignores mutations outside the article and its own UI', async () => {
    const s = session();
    await s.read();
    document.querySelector('footer')!.textContent = 'changed';
    const host = document.createElement('sverka-lookup');
    document.documentElement.append(host);
    await settle();
    expect(sched.pending()).toBe(0);
    host.remove();
    expect(s.anchoredMarks).toHaveLength(3);
  });

  it('after an in-page navigation, forgets the old highlights and reads the new article', async () => {
    const s = session();
    await s.read();
    history.pushState({}, '', '/politika/2');
    const reading = s.navigated();
    expect(env.registry.size).toBe(0);
    document.querySelector('#p3')!.textContent = 'A different closing paragraph about the Geneva summit and the consultations on cybersecurity that the leaders agreed to start.';
    await settle();
    sched.runLater(10);
    await reading;
    expect(reports.map((r) => r.url)).toEqual([`${location.origin}/politika/1`, `${location.origin}/politika/2`]);
    expect(sizes().source + sizes().contradiction).toBe(3);
  });
});
