// Loading what the eval and the benchmark need, without process.exit: the
// bundled claim database, the real off-topic pages, the labelled pages and
// queries. Shared by scripts/eval.ts, scripts/bench.ts and the vitest eval.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { claimFilePaths, readClaimFiles } from '../../lib/claims/node-files';
import type { ClaimDatabase } from '../../lib/claims/schema';
import { formatDataError, validateClaimFiles } from '../../lib/claims/validate';
import { dataVersion } from '../../lib/claims/version';

export const ROOT = resolve(import.meta.dirname, '../..');

/** The bundled database; throws with every data error. */
export function bundledDb(): ClaimDatabase {
  const { files, errors } = readClaimFiles(claimFilePaths(join(ROOT, 'assets/claims')));
  const result = validateClaimFiles(files, dataVersion(files));
  if (errors.length || !result.ok) throw new Error([...errors, ...(result.ok ? [] : result.errors.map(formatDataError))].join('\n'));
  return result.db;
}

/** The folder of real off-topic pages: the repo copy when present, else ../shared. */
export function realPagesDir(): string {
  const repo = join(ROOT, 'tests/fixtures/real-pages');
  if (existsSync(repo) && readdirSync(repo).some((f) => f.endsWith('.html'))) return repo;
  return resolve(ROOT, '../shared/fixtures/real-pages');
}

/** Every real page as [name, html], read as UTF-8 (as SOURCES.md says they are). */
export function realPages(): [string, string][] {
  const dir = realPagesDir();
  return readdirSync(dir).filter((f) => f.endsWith('.html')).sort().map((f) => [f, readFileSync(join(dir, f), 'utf8')]);
}

/** A jsdom document for a page, scripts off, console silenced. */
export function documentOf(html: string, url: string): Document {
  return new JSDOM(html, { url, virtualConsole: new VirtualConsole() }).window.document;
}

export interface Query {
  q: string;
  lang: 'ru' | 'uk' | 'en';
  expect: string[];
  kind: 'verbatim' | 'paraphrase' | 'cross-lang' | 'typo' | 'numbers' | 'negative';
}

/** tests/eval/queries.jsonl, one labelled query per line: the only queries anything is fitted on. */
export function devQueries(): Query[] {
  return readJsonl('tests/eval/queries.jsonl', true);
}

/**
 * The frozen held-out set (tests/eval/frozen/, issue 10): paraphrases and
 * near-miss negatives written before tuning. Only reported, never fitted on;
 * a missing file is an error, so the eval cannot pass by finding nothing.
 */
export function frozenQueries(): Query[] {
  return [...readJsonl('tests/eval/frozen/paraphrases.jsonl', true), ...readJsonl('tests/eval/frozen/near-misses.jsonl', true)];
}

/**
 * A query file anywhere (`npm run eval -- --blind FILE`: a set written blind, before it is trained on). A
 * missing file is an error, and so is a bad line, with its number.
 */
export function queryFile(path: string): Query[] {
  if (!existsSync(path)) throw new Error(`${path} is missing`);
  return parseQueries(readFileSync(path, 'utf8'), path);
}

function readJsonl(rel: string, required: boolean): Query[] {
  const path = join(ROOT, rel);
  if (!existsSync(path)) {
    if (required) throw new Error(`${rel} is missing`);
    return [];
  }
  return parseQueries(readFileSync(path, 'utf8'), rel);
}

const KINDS = new Set(['verbatim', 'paraphrase', 'cross-lang', 'typo', 'numbers', 'negative']);

/** One labelled query per line, each checked, so a typo in a hand-written file is an error with its line number, not a silent miss. */
function parseQueries(text: string, label: string): Query[] {
  return text.split('\n').filter((l) => l.trim()).map((l, i) => {
    let q: Query;
    try {
      q = JSON.parse(l) as Query;
    } catch (e) {
      throw new Error(`${label} line ${i + 1}: ${(e as Error).message}`);
    }
    if (typeof q?.q !== 'string' || !['ru', 'uk', 'en'].includes(q.lang) || !Array.isArray(q.expect) || !KINDS.has(q.kind) || (q.kind === 'negative') !== !q.expect.length) {
      throw new Error(`${label} line ${i + 1}: needs q, lang (ru/uk/en), expect (claim ids, none for kind negative) and kind (${[...KINDS].join(', ')})`);
    }
    return q;
  });
}
