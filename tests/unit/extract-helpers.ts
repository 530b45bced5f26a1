// Shared by the extraction golden tests and scripts/record-golden.ts: loading
// fixture pages into jsdom at their real URL, reading each source project's
// gold format, and the text comparisons the tests use.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';

export const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures');
export const REAL_PAGES = path.join(FIXTURES, 'real-pages');
export const SEED_PAGES = path.join(FIXTURES, 'pages');

/**
 * A jsdom Document for an HTML file served at `url`. The bytes are decoded
 * as UTF-8 explicitly: tass-1, mk-ru-1/2 and ukrinform-1 carry no <meta
 * charset> (their servers sent it in a header), and sniffing would garble them.
 */
export function loadPage(file: string, url: string): Document {
  const html = fs.readFileSync(file).toString('utf8');
  // Page scripts never run (jsdom's default); CSS parse warnings are silenced.
  return new JSDOM(html, { url, virtualConsole: new VirtualConsole() }).window.document;
}

/** The "original URL" of every page listed in real-pages/SOURCES.md, by page name. */
export function realPageUrls(): Record<string, string> {
  const urls: Record<string, string> = {};
  let current = '';
  for (const line of fs.readFileSync(path.join(REAL_PAGES, 'SOURCES.md'), 'utf8').split('\n')) {
    const heading = /^### (.+)\.html/.exec(line);
    if (heading) current = heading[1];
    const url = /original URL: (\S+)/.exec(line);
    if (url && current) urls[current] = url[1];
  }
  return urls;
}

/** Gold for one real page, whichever project it came from, in one shape. */
export interface Gold {
  title?: string;
  titleStartsWith?: string;
  /** YYYY-MM-DD. */
  date?: string;
  /** fundus: summary + section paragraphs. */
  paragraphs?: string[];
  /** scrapinghub article-extraction-benchmark: the body as plain text. */
  articleBody?: string;
  /** trafilatura: snippets that must / must not be in the text. */
  with?: string[];
  without?: string[];
  /** slon-ru (readability2 output): body paragraphs after the «title» line. */
  bodyParagraphs?: string[];
}

/** Reads `<name>.expected.json` or `<name>.expected.txt`; undefined when the page has no gold. */
export function readGold(name: string): Gold | undefined {
  const txt = path.join(REAL_PAGES, `${name}.expected.txt`);
  if (fs.existsSync(txt)) {
    const [first, ...rest] = fs.readFileSync(txt, 'utf8').split(/\n\s*\n/).map((s) => s.trim()).filter(Boolean);
    return { title: first.replace(/^«|»$/g, ''), bodyParagraphs: rest };
  }
  const jsonPath = path.join(REAL_PAGES, `${name}.expected.json`);
  if (!fs.existsSync(jsonPath)) return undefined;
  const g = JSON.parse(fs.readFileSync(jsonPath, 'utf8'));
  const gold: Gold = {};
  if (typeof g.title === 'string' && g.title) gold.title = g.title;
  if (g.expected_title_startswith) gold.titleStartsWith = g.expected_title_startswith;
  const date = g.date ?? g.publishing_date;
  if (typeof date === 'string' && date) gold.date = date.slice(0, 10);
  if (g.body) gold.paragraphs = [...g.body.summary, ...g.body.sections.flatMap((s: { paragraphs: string[] }) => s.paragraphs)];
  if (g.articleBody) gold.articleBody = g.articleBody;
  if (g.with) gold.with = g.with;
  if (g.without) gold.without = g.without;
  return gold;
}

/** Whitespace collapsed (no-break spaces included), trimmed. */
export const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Lower-cased word tokens (letters and digits), as the benchmark's own evaluation counts them. */
export const tokens = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** Token-level recall and precision of `ours` against `gold`, counting repeated tokens (bag of words). */
export function tokenOverlap(gold: string, ours: string): { recall: number; precision: number } {
  const bag = (arr: string[]) => arr.reduce((m, t) => m.set(t, (m.get(t) ?? 0) + 1), new Map<string, number>());
  const g = tokens(gold);
  const o = tokens(ours);
  const om = bag(o);
  let common = 0;
  for (const [t, n] of bag(g)) common += Math.min(n, om.get(t) ?? 0);
  return { recall: g.length ? common / g.length : 1, precision: o.length ? common / o.length : 0 };
}

/**
 * True when `iso` names the gold day, either in the page's own offset or in
 * UTC: htmldate's gold for tass-1 is the UTC day of a just-after-midnight
 * Moscow timestamp (2020-06-29T00:16+03:00 → 2020-06-28).
 */
export function sameDay(iso: string, goldDay: string): boolean {
  if (iso.slice(0, 10) === goldDay) return true;
  const hasOffset = /(?:Z|[+-]\d{2}:\d{2})$/.test(iso);
  return hasOffset && new Date(iso).toISOString().slice(0, 10) === goldDay;
}

/** One entry of tests/fixtures/pages/index.json. */
export interface SeedPage {
  file: string;
  url: string;
  outlet: string | null;
  expect?: 'not-article';
  seed?: string;
  lang?: string;
  title?: string;
  published?: string;
  publishedSource?: string;
  dateline?: { text: string; day: number; month: number; year?: number } | null;
  datesDisagree?: boolean;
  mustContain?: string[];
  mustNotContain?: string[];
}

/** The cases in pages/index.json, then any recorded by scripts/record-golden.ts (pages/*.expected.json). */
export function seedPages(): SeedPage[] {
  const index: SeedPage[] = JSON.parse(fs.readFileSync(path.join(SEED_PAGES, 'index.json'), 'utf8'));
  const recorded = fs.readdirSync(SEED_PAGES).filter((f) => f.endsWith('.expected.json')).sort()
    .map((f) => JSON.parse(fs.readFileSync(path.join(SEED_PAGES, f), 'utf8')) as SeedPage);
  return [...index, ...recorded];
}
