// Part of `npm run bench`: how long extraction (jsdom, the command line's
// engine) and matching take on the extreme pages of tests/fixtures/extreme.
// These were timing assertions in the unit tests; a shared machine made them
// fail by chance (issue 14), so they are measured here instead, medians of
// RUNS runs, never asserted. Written to artifacts/extreme-timings.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { runExtraction } from '../lib/page/run-extraction';
import { extractArticle } from '../lib/extract';
import { Matcher } from '../lib/match';
// Read from disk (lib/claims/bundled.ts needs Vite's import.meta.glob, which tsx does not have).
import { bundledDb } from '../tests/eval/data';
import { splitSentences } from '../lib/extract';
import { DEFAULT_MAX_TEXT_CHARS } from '../lib/extract/signals';
import { decodeHtml } from '../cli/annotate';
import { articleHtml, extremePages, fillerParagraph, hugeArticlePage, seeded, TASS_PARAGRAPHS } from '../tests/fixtures/extreme/generate';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const ROOT = join(import.meta.dirname, '..');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const out: Record<string, { medianMs: number; maxMs: number; result: string }> = {};

function measure(name: string, run: () => string): void {
  const times: number[] = [];
  let result = '';
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    result = run();
    times.push(performance.now() - t);
  }
  out[name] = { medianMs: Math.round(median(times)), maxMs: Math.round(Math.max(...times)), result };
  process.stdout.write(`${name.padEnd(40)} median ${String(out[name].medianMs).padStart(6)} ms  max ${String(out[name].maxMs).padStart(6)} ms  ${result}\n`);
}

const load = (html: string | Buffer, url: string) => new JSDOM(typeof html === 'string' ? html : decodeHtml(html, url), { url, virtualConsole: new VirtualConsole() }).window.document;

process.stdout.write(`Extraction in jsdom (budget 5 s; parsing the HTML into jsdom included), ${RUNS} runs each\n`);
for (const page of extremePages()) {
  measure(`extract ${page.name}`, () => {
    const outcome = runExtraction(load(page.body, page.url), new URL(page.url));
    return outcome.ok ? 'done' : outcome.reason;
  });
}
measure('extract 5 MB article (refused by size)', () => {
  const url = 'https://tass.ru/extreme/5mb';
  const r = extractArticle(load(hugeArticlePage(url), url), new URL(url));
  return r.ok ? 'done' : r.reason;
});
measure('extract 20,000 sibling divs (1 s budget)', () => {
  const url = 'https://tass.ru/extreme/siblings';
  const doc = load(articleHtml({ url, title: 'Лавров: много элементов', paragraphs: TASS_PARAGRAPHS, after: `<section>${'<div class="w"><span>1</span></div>'.repeat(20_000)}</section>` }), url);
  const r = extractArticle(doc, new URL(url), { maxMillis: 1_000 });
  return r.ok ? 'done' : r.reason;
});

process.stdout.write('\nMatching the largest article extraction lets through (bundled database)\n');
const matcher = Matcher.build(bundledDb());
const rand = seeded(11);
const ps: string[] = [];
for (let n = 0; n < DEFAULT_MAX_TEXT_CHARS - 2_000;) {
  const p = ps.length % 5 === 0 ? TASS_PARAGRAPHS[ps.length % TASS_PARAGRAPHS.length] : fillerParagraph(rand);
  ps.push(p);
  n += p.length + 2;
}
const big = splitSentences(ps.join('\n\n'), 'ru').map((s) => ({ ...s, paragraph: 0 }));
measure(`match ${DEFAULT_MAX_TEXT_CHARS} characters (${big.length} sentences)`, () => `${matcher.matchSentences(big).matches.length} matches`);

mkdirSync(join(ROOT, 'artifacts'), { recursive: true });
writeFileSync(join(ROOT, 'artifacts/extreme-timings.json'), `${JSON.stringify({ measuredAt: new Date().toISOString(), runs: RUNS, timings: out }, null, 2)}\n`);
