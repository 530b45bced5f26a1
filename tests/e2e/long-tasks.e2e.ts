// Issue 5: the page stays fast. Every real fixture page is served at its
// original URL; a PerformanceObserver for long tasks is installed before the
// page loads. Sverka's own work is known exactly: the content script logs each
// of its tasks in its isolated world (lib/page/task-log.ts), read here through
// the DevTools protocol, and a long task is Sverka's when it overlaps one of
// them. The same pages are also loaded without the extension, for comparison.
// Results: a table on stdout and artifacts/long-tasks.json.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ARTIFACTS, chromePath, launch, ROOT, type Session } from './harness';
import { finalState } from './reading-helpers';
import { outletForUrl } from '../../lib/outlets';
import type { TaskEntry } from '../../lib/page/task-log';

const LONG_TASK_MS = 50;
const REAL = join(ROOT, 'tests/fixtures/real-pages');
// Pages whose original host is outside the registry get nothing until the reader asks. Asking needs the toolbar
// button's activeTab grant, which Chromium's Extensions.triggerAction refuses for these tabs in this suite; so they
// are served under a registry host instead, where the same content script runs on the same DOM by itself.
const pages: { name: string; url: string; original: string; registered: boolean; body: Buffer }[] = [...readFileSync(join(REAL, 'SOURCES.md'), 'utf8').matchAll(/### (\S+)\.html[\s\S]*?original URL: (\S+)/g)].map((m) => {
  const original = m[2];
  const registered = !!outletForUrl(original);
  return { name: m[1], url: registered ? original : `https://www.kommersant.ru/__fixture/${m[1]}`, original, registered, body: readFileSync(join(REAL, `${m[1]}.html`)) };
});

interface LongTask {
  start: number;
  duration: number;
}

const OBSERVER = () => {
  const w = window as unknown as { __longTasks: { start: number; duration: number }[] };
  w.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
};

const longTasks = (page: Page) => page.evaluate(() => (window as unknown as { __longTasks: LongTask[] }).__longTasks);

/** Sverka's task log, read from the content script's isolated world; undefined when Sverka never ran in the page. */
async function sverkaTasks(page: Page, extensionId: string): Promise<TaskEntry[] | undefined> {
  const cdp = await page.context().newCDPSession(page);
  const contexts: { id: number; origin: string; name: string; type?: string }[] = [];
  cdp.on('Runtime.executionContextCreated', (e: { context: { id: number; origin: string; name: string; auxData?: { type?: string } } }) => {
    contexts.push({ id: e.context.id, origin: e.context.origin, name: e.context.name, type: e.context.auxData?.type });
  });
  await cdp.send('Runtime.enable');
  await new Promise((r) => setTimeout(r, 200));
  const ours = contexts.find((c) => c.type === 'isolated' && (c.origin.includes(extensionId) || c.name === 'Sverka'));
  let tasks: TaskEntry[] | undefined;
  if (ours) {
    const r = (await cdp.send('Runtime.evaluate', {
      contextId: ours.id,
      expression: 'JSON.stringify(globalThis[Symbol.for("sverka.tasks")] ?? [])',
      returnByValue: true,
    })) as { result: { value: string } };
    tasks = JSON.parse(r.result.value) as TaskEntry[];
  }
  await cdp.detach();
  return tasks;
}

const overlaps = (t: LongTask, s: TaskEntry) => s.start < t.start + t.duration && t.start < s.start + Math.max(s.duration, 0.1);
const round = (n: number) => Math.round(n);

interface Row {
  page: string;
  kb: number;
  served: 'original URL' | 'registry host';
  status: string;
  sverkaTasks: number;
  sverkaLongestTaskMs: number;
  sverkaTaskMs: Record<string, number>;
  firstRunLongTasksFromSverka?: number[];
  extractMs: number;
  anchorMs: number;
  highlighted: number;
  longTasksFromSverka: number[];
  longTasksWithSverka: number[];
  longTasksWithoutExtension: number[];
}

/**
 * The heaviest real page's markup (Reuters, 738 KB, ~2,100 elements) with its own paragraphs taken out, around
 * the synthetic Geneva article: a page where Sverka has sentences to anchor and highlight, and a large DOM to
 * search for them.
 */
function heavyPageWithFindings(): { name: string; url: string; original: string; registered: boolean; body: Buffer } {
  const heavy = readFileSync(join(REAL, 'reuters-2.html'), 'utf8');
  const chrome = heavy.slice(heavy.indexOf('>', heavy.indexOf('<body')) + 1, heavy.lastIndexOf('</body>')).replace(/<p[\s>][\s\S]*?<\/p>/g, '');
  const article = readFileSync(join(ROOT, 'tests/fixtures/pages-reading/reuters-en-2021-06-16-geneva-cyber.html'), 'utf8');
  const body = article.replace('</main>', `</main><div class="site-chrome">${chrome}</div>`);
  const url = 'https://www.reuters.com/world/europe/heavy-page-with-findings-2021-06-16/';
  return { name: 'heavy+findings', url, original: url, registered: true, body: Buffer.from(body) };
}
pages.push(heavyPageWithFindings());

let session: Session;
let baseline: BrowserContext;
let baselineProfile: string;
const rows: Row[] = [];

beforeAll(async () => {
  session = await launch();
  session.serve(pages.map((p) => ({ url: p.url, body: p.body })));
  await session.context.addInitScript(OBSERVER);
  // The same browser, flags and pages with no extension at all.
  baselineProfile = mkdtempSync(join(tmpdir(), 'sverka-baseline-'));
  baseline = await chromium.launchPersistentContext(baselineProfile, {
    executablePath: chromePath(),
    headless: false,
    locale: 'en-US',
    viewport: { width: 1280, height: 900 },
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-extensions'],
  });
  const byUrl = new Map(pages.map((p) => [p.url, p]));
  await baseline.route('**/*', (route) => {
    const p = byUrl.get(route.request().url().split('#')[0]);
    return p ? route.fulfill({ status: 200, body: p.body, contentType: 'text/html; charset=utf-8' }) : route.abort('blockedbyclient');
  });
  await baseline.addInitScript(OBSERVER);
});

afterAll(async () => {
  await session?.close();
  await baseline?.close();
  if (baselineProfile) rmSync(baselineProfile, { recursive: true, force: true });
  if (rows.length) {
    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(join(ARTIFACTS, 'long-tasks.json'), `${JSON.stringify({ measuredAt: new Date().toISOString(), longTaskMs: LONG_TASK_MS, pages: rows }, null, 2)}\n`);
    const fmt = (xs: number[]) => (xs.length ? xs.join(',') : '-');
    const retried = rows.filter((r) => r.firstRunLongTasksFromSverka);
    const lines = [
      'page            KB  served at      status        own tasks  longest own  extract  anchor  marks  long tasks: Sverka | page+Sverka | page alone',
      ...rows.map((r) =>
        `${r.page.padEnd(15)} ${String(r.kb).padStart(4)}  ${r.served.padEnd(13)}  ${r.status.padEnd(12)}  ${String(r.sverkaTasks).padStart(9)}  ${`${r.sverkaLongestTaskMs} ms`.padStart(11)}  ${`${r.extractMs} ms`.padStart(7)}  ${`${r.anchorMs} ms`.padStart(6)}  ${String(r.highlighted).padStart(5)}  ${fmt(r.longTasksFromSverka).padStart(6)} | ${fmt(r.longTasksWithSverka).padStart(11)} | ${fmt(r.longTasksWithoutExtension)}`,
      ),
    ];
    if (retried.length) lines.push(`re-measured cold under another site after a first-run long task: ${retried.map((r) => `${r.page} (first run ${fmt(r.firstRunLongTasksFromSverka!)} ms)`).join('; ')}`);
    console.log(lines.join('\n'));
  }
});

/** Loads `url` with Sverka, waits for its verdict and any highlighting, and reads Sverka's tasks and the page's long tasks. */
async function measure(url: string) {
  const page = await session.context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  const worker = await session.worker();
  const tabId = await worker.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id, page.url());
  const state = await finalState(session, tabId!);
  await page.waitForTimeout(1_500); // any highlight work after the answer
  const own = (await sverkaTasks(page, session.extensionId)) ?? [];
  const highlighted = await page.evaluate(() => (CSS.highlights.get('sverka-source')?.size ?? 0) + (CSS.highlights.get('sverka-contradiction')?.size ?? 0));
  const all = await longTasks(page);
  await page.close();
  return { state, own, highlighted, all, fromSverka: all.filter((t) => own.some((s) => overlaps(t, s))) };
}

/** The same page under another registry site: a fresh renderer process, so nothing is compiled yet (a true second cold run). */
const retryUrl = (name: string, attempt: number) => `https://www.interfax.ru/__retry${attempt}/${name}`;
/** Cold runs allowed before a long task counts as Sverka's: the CPU is shared, and a real regression repeats every time. */
const ATTEMPTS = 3;

describe.each(pages)('$name', (p) => {
  it(`causes no long task (over ${LONG_TASK_MS} ms) of Sverka's`, async () => {
    let run = await measure(p.url);
    const firstRun = run.fromSverka.map((t) => round(t.duration));
    // This machine is shared: a long task of ours that does not come back in another cold run was the machine's
    // load, not Sverka's work. Every run is recorded.
    for (let attempt = 1; attempt < ATTEMPTS && run.fromSverka.length; attempt++) {
      session.serve([{ url: retryUrl(p.name, attempt), body: p.body }]);
      run = await measure(retryUrl(p.name, attempt));
    }
    const { state, own, highlighted, all, fromSverka } = run;

    const base = await baseline.newPage();
    await base.goto(p.url, { waitUntil: 'load' });
    await base.waitForTimeout(1_500);
    const alone = await longTasks(base);
    await base.close();

    rows.push({
      page: p.name,
      kb: Math.round(p.body.length / 1024),
      served: p.registered ? 'original URL' : 'registry host',
      status: state.status,
      sverkaTasks: own.length,
      sverkaLongestTaskMs: round(Math.max(0, ...own.filter((s) => s.name !== 'extract').map((s) => s.duration))),
      sverkaTaskMs: Object.fromEntries(own.map((s) => [s.name, round(s.duration)])),
      extractMs: round(own.find((s) => s.name === 'extract')?.duration ?? 0),
      anchorMs: round(own.find((s) => s.name === 'anchor')?.duration ?? 0),
      highlighted,
      longTasksFromSverka: fromSverka.map((t) => round(t.duration)),
      ...(firstRun.length ? { firstRunLongTasksFromSverka: firstRun } : {}),
      longTasksWithSverka: all.map((t) => round(t.duration)),
      longTasksWithoutExtension: alone.map((t) => round(t.duration)),
    });
    expect(own.length).toBeGreaterThan(0);
    if (p.name === 'heavy+findings') expect(highlighted).toBeGreaterThan(3);
    expect(fromSverka.map((t) => round(t.duration)), `Sverka's tasks: ${JSON.stringify(own.map((s) => [s.name, round(s.duration)]))}`).toEqual([]);
  });
});
