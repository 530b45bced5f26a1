// The matching eval (issue 4): labelled queries, off-topic real pages and
// gold pages, with the targets `npm run eval` and tests/unit/match-eval.test.ts
// enforce. Metrics are computed only from what the user would see: matches
// at or above MATCH_THRESHOLD.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ClaimDatabase } from '../../lib/claims/schema';
import { Matcher, type ArticleFindings } from '../../lib/match';
import { ROOT, realPages, type Query } from './data';
import { pageText } from './extract';

/** The false positives issue 10 allows among `negatives` no-match queries: 1 per 66, rounded down. */
export const allowedFalsePositives = (negatives: number) => Math.floor((TARGETS.cvFalsePositivesPer66 * negatives) / 66);

export const TARGETS = {
  recall3Within: 0.95,
  recall3Across: 0.85,
  falsePositiveRate: 0.02,
  /** The frozen held-out set (issue 10): R@3 within and across languages, near-miss negatives matched. */
  frozenRecall3Within: 0.95,
  frozenRecall3Across: 0.9,
  frozenNearMissRate: 0.02,
  /** Cross-validated (npm run fit): recall of unseen quotes, and false positives per 66 no-match queries (issue 10: at most 1 in 66). */
  cvRecall: 0.95,
  cvFalsePositivesPer66: 1,
  realPageMatches: 0,
  curatedContradictionRecall: 1,
};

interface Ranking {
  n: number;
  r1: number;
  r3: number;
  mrr: number;
}

export interface QueryReport {
  within: Ranking;
  across: Ranking;
  byKind: Record<string, Ranking>;
  /** Per query language (ru, uk, en), positives only. */
  byLang: Record<string, Ranking>;
  /** `flagged`: matched no-match queries whose shown statement carries a possible-contradiction note (Match.differs). */
  negatives: { n: number; matched: number; flagged: number; rate: number };
  /** Labelled queries (restatements of their claim) whose claim is shown with a possible-contradiction note: false alarms. */
  falseAlarms: number;
  misses: { q: string; kind: string; expect: string[]; got: string[] }[];
  falsePositives: { q: string; got: string[] }[];
  unknownIds: string[];
}

const empty = (): Ranking => ({ n: 0, r1: 0, r3: 0, mrr: 0 });
const finish = (r: Ranking): Ranking => (r.n ? { n: r.n, r1: r.r1 / r.n, r3: r.r3 / r.n, mrr: r.mrr / r.n } : r);

/** Recall@1/@3 and MRR per language setting and kind, and the false-positive rate on no-match queries. */
export function evaluateQueries(matcher: Matcher, db: ClaimDatabase, queries: Query[]): QueryReport {
  const byId = new Map(db.claims.map((c) => [c.id, c]));
  const within = empty();
  const across = empty();
  const byKind: Record<string, Ranking> = {};
  const byLang: Record<string, Ranking> = {};
  const negatives = { n: 0, matched: 0, flagged: 0, rate: 0 };
  let falseAlarms = 0;
  const misses: QueryReport['misses'] = [];
  const falsePositives: QueryReport['falsePositives'] = [];
  const unknownIds = new Set<string>();
  for (const q of queries) {
    const shown = matcher.matchText(q.q, { top: 10 });
    const got = shown.map((m) => m.claimId);
    if (!q.expect.length) {
      negatives.n++;
      if (got.length) negatives.matched++, falsePositives.push({ q: q.q, got: got.slice(0, 3) });
      if (shown.some((m) => m.differs)) negatives.flagged++;
      continue;
    }
    for (const id of q.expect) if (!byId.has(id)) unknownIds.add(id);
    if (shown.some((m) => m.differs && q.expect.includes(m.claimId))) falseAlarms++;
    const rank = got.findIndex((id) => q.expect.includes(id)) + 1;
    const sameLang = q.kind !== 'cross-lang' && q.expect.some((id) => byId.get(id)?.quoteLang === q.lang);
    for (const r of [sameLang ? within : across, (byKind[q.kind] ??= empty()), (byLang[q.lang] ??= empty())]) {
      r.n++;
      if (rank === 1) r.r1++;
      if (rank >= 1 && rank <= 3) r.r3++;
      if (rank >= 1) r.mrr += 1 / rank;
    }
    if (rank < 1 || rank > 3) misses.push({ q: q.q, kind: q.kind, expect: q.expect, got: got.slice(0, 3) });
  }
  negatives.rate = negatives.n ? negatives.matched / negatives.n : 0;
  return {
    within: finish(within), across: finish(across), byKind: Object.fromEntries(Object.entries(byKind).map(([k, v]) => [k, finish(v)])),
    byLang: Object.fromEntries(Object.entries(byLang).map(([k, v]) => [k, finish(v)])),
    negatives, falseAlarms, misses, falsePositives, unknownIds: [...unknownIds],
  };
}

/** Every real (off-topic) page through extraction and matching: each must give zero matches. */
export async function evaluateRealPages(matcher: Matcher): Promise<{ page: string; sentences: number; matches: number; onTopic: boolean; sample?: string }[]> {
  const out = [];
  for (const [name, html] of realPages()) {
    const page = await pageText(html, `https://example.org/${name}`);
    const f = matcher.matchSentences(page.sentences, { headline: page.title });
    out.push({ page: name, sentences: page.sentences.length, matches: f.matches.length, onTopic: f.onTopic, sample: f.matches[0] ? `${f.matches[0].sentence.slice(0, 80)} → ${f.matches[0].claims[0].claimId}` : undefined });
  }
  return out;
}

/** Gold for one page: expected claims of sentences (found by a substring) and expected contradictions. */
export interface PageGold {
  file: string;
  url: string;
  onTopic: boolean;
  sentences: { contains: string; claims: string[] }[];
  /** claimId and against may list alternatives (claims the database marks same-as). */
  contradictions: { contains: string; claimId: string | string[]; against: string | string[]; kind: 'curated' | 'numbers' | 'polarity' }[];
}

export interface PageReport {
  page: string;
  onTopic: { expected: boolean; got: boolean };
  claimRecall: { hit: number; n: number };
  /** Matched (sentence, claim) pairs that the gold does not list, over all matched pairs. */
  extraMatches: { extra: number; n: number; list: string[] };
  /** correct: gold contradictions found (recall); correctFound: found ones in the gold (precision). */
  contradictions: { expected: number; found: number; correct: number; correctFound: number; missed: string[]; unexpected: string[] };
  curated: { expected: number; found: number };
  /** Counter-claims of every matched claim's "contradicts" relations: surfaced in the article or not. */
  curatedForMatched: { expected: number; found: number };
}

/** Gold pages: tests/eval/pages/*.gold.json (synthetic pages) and tests/fixtures/pages/index.json (the lead's seed pages). */
export function goldPages(): { gold: PageGold; html: string }[] {
  const out: { gold: PageGold; html: string }[] = [];
  const dir = join(ROOT, 'tests/eval/pages');
  if (existsSync(dir)) {
    for (const f of readdirSync(dir).filter((f) => f.endsWith('.gold.json')).sort()) {
      const gold = JSON.parse(readFileSync(join(dir, f), 'utf8')) as PageGold;
      out.push({ gold, html: readFileSync(join(dir, gold.file), 'utf8') });
    }
  }
  return out;
}

/** One page against its gold. A sentence is found by the gold's substring. */
export async function evaluatePage(matcher: Matcher, gold: PageGold, html: string, db?: ClaimDatabase): Promise<{ report: PageReport; findings: ArticleFindings }> {
  const page = await pageText(html, gold.url);
  if (!page.sentences.length) throw new Error(`${gold.file}: extraction produced no sentences (${page.reason ?? 'empty'})`);
  const f = matcher.matchSentences(page.sentences, { headline: page.title });
  const norm = (s: string) => s.replace(/\s+/g, ' ');
  const sentenceOf = (contains: string) => f.matches.find((m) => norm(m.sentence).includes(norm(contains)));
  let hit = 0;
  for (const s of gold.sentences) if (sentenceOf(s.contains)?.claims.some((c) => s.claims.includes(c.claimId))) hit++;
  const goldPairs = gold.sentences.flatMap((s) => s.claims.map((c) => ({ contains: s.contains, c })));
  const matchedPairs = f.matches.flatMap((m) => m.claims.map((c) => ({ sentence: m.sentence, c: c.claimId })));
  const extra = matchedPairs.filter((p) => !goldPairs.some((g) => norm(p.sentence).includes(norm(g.contains)) && g.c === p.c));
  const key = (c: { claimId: string; against: string; kind: string }) => `${c.kind}:${c.claimId}->${c.against}`;
  const found = f.contradictions;
  const oneOf = (x: string | string[], id: string) => (Array.isArray(x) ? x.includes(id) : x === id);
  const same = (g: PageGold['contradictions'][number], c: (typeof found)[number]) =>
    g.kind === c.kind && oneOf(g.claimId, c.claimId) && oneOf(g.against, c.against) && norm(c.sentence).includes(norm(g.contains));
  const isGold = (c: (typeof found)[number]) => gold.contradictions.some((g) => same(g, c));
  const foundGold = (g: PageGold['contradictions'][number]) => found.some((c) => same(g, c));
  const curatedGold = gold.contradictions.filter((g) => g.kind === 'curated');
  // Independent of the gold: each matched claim's direct "contradicts" relations must be reported somewhere in the article.
  const pairs = new Set<string>();
  for (const m of f.matches) for (const c of m.claims) for (const r of db?.relations ?? []) {
    if (r.type !== 'contradicts') continue;
    if (r.from === c.claimId) pairs.add(r.to);
    if (r.to === c.claimId) pairs.add(r.from);
  }
  // The counter-claim must be surfaced; which matched version of the claim it is shown against may differ (same-as).
  const reported = new Set(found.filter((c) => c.kind === 'curated').map((c) => c.against));
  return {
    findings: f,
    report: {
      page: gold.file,
      onTopic: { expected: gold.onTopic, got: f.onTopic },
      claimRecall: { hit, n: gold.sentences.length },
      extraMatches: { extra: extra.length, n: matchedPairs.length, list: extra.map((p) => `${p.sentence.slice(0, 60)} → ${p.c}`) },
      contradictions: {
        expected: gold.contradictions.length,
        found: found.length,
        correct: gold.contradictions.filter(foundGold).length,
        correctFound: found.filter(isGold).length,
        missed: gold.contradictions.filter((g) => !foundGold(g)).map((g) => `${g.kind}:${[g.claimId].flat()[0]}->${[g.against].flat()[0]} @ ${g.contains.slice(0, 40)}`),
        unexpected: found.filter((c) => !isGold(c)).map((c) => `${key(c)} @ ${c.sentence.slice(0, 50)}`),
      },
      curated: { expected: curatedGold.length, found: curatedGold.filter(foundGold).length },
      curatedForMatched: { expected: pairs.size, found: [...pairs].filter((p) => reported.has(p)).length },
    },
  };
}

/** A seed fixture page (tests/fixtures/pages/index.json, written by the lead): the seed article in an outlet's markup. */
export interface SeedPage {
  file: string;
  url: string;
  seed?: string;
  expect?: string;
  html: string;
}

/** Seed fixture pages that are articles (the index marks home pages and galleries "not-article"). */
export function seedPages(): SeedPage[] {
  const dir = join(ROOT, 'tests/fixtures/pages');
  const index = join(dir, 'index.json');
  if (!existsSync(index)) return [];
  const entries = JSON.parse(readFileSync(index, 'utf8')) as Omit<SeedPage, 'html'>[];
  return entries.filter((e) => e.seed && e.expect !== 'not-article' && existsSync(join(dir, e.file))).map((e) => ({ ...e, html: readFileSync(join(dir, e.file), 'utf8') }));
}

export interface SeedReport {
  page: string;
  onTopic: boolean;
  /** Claims whose source is this page's seed, and how many of them some sentence matched. */
  seedClaims: { matched: number; n: number; missed: string[] };
  curatedForMatched: { expected: number; found: number };
  contradictions: string[];
}

/** A seed page must be on topic, match the claims taken from its seed, and surface their curated contradictions. */
export async function evaluateSeedPage(matcher: Matcher, db: ClaimDatabase, page: SeedPage): Promise<SeedReport> {
  const text = await pageText(page.html, page.url);
  if (!text.sentences.length) throw new Error(`${page.file}: extraction produced no sentences (${text.reason ?? 'empty'})`);
  const f = matcher.matchSentences(text.sentences, { headline: text.title });
  const matched = new Set(f.matches.flatMap((m) => m.claims.map((c) => c.claimId)));
  const fromSeed = db.claims.filter((c) => c.sources.some((s) => s.seed === page.seed)).map((c) => c.id);
  const counter = new Set<string>();
  for (const id of matched) for (const r of db.relations) if (r.type === 'contradicts' && (r.from === id || r.to === id)) counter.add(r.from === id ? r.to : r.from);
  const reported = new Set(f.contradictions.filter((c) => c.kind === 'curated').map((c) => c.against));
  return {
    page: page.file,
    onTopic: f.onTopic,
    seedClaims: { matched: fromSeed.filter((id) => matched.has(id)).length, n: fromSeed.length, missed: fromSeed.filter((id) => !matched.has(id)) },
    curatedForMatched: { expected: counter.size, found: [...counter].filter((c) => reported.has(c)).length },
    contradictions: f.contradictions.map((c) => `${c.kind}: ${c.claimId} ↔ ${c.against}`),
  };
}
