// `npx tsx scripts/compare-stemmers.ts`: which stemming library serves
// matching best, measured on the labelled dev set (tests/eval/queries.jsonl)
// and the gold pages with the bundled database, plus conflation of a word
// list of inflected forms and speed. Results and the choice are recorded in
// docs/matching.md.
//
// Candidates: the Hunspell lemma table then @orama/stemmers (in use, issue
// 10), @orama/stemmers alone (ru, uk, en), snowball-stemmers
// (ru, en; no Ukrainian), natural (PorterStemmerRu/Uk, PorterStemmer) and two
// baselines (no stemming; first five letters). natural is not a dependency
// (it pulls in mongoose, pg and redis): install it anywhere and point
// NATURAL_DIR at that folder to include it, e.g.
//   mkdir /tmp/n && cd /tmp/n && npm i natural@8 --ignore-scripts; NATURAL_DIR=/tmp/n npx tsx scripts/compare-stemmers.ts
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { stemmer as oramaRu } from '@orama/stemmers/russian';
import { stemmer as oramaUk } from '@orama/stemmers/ukrainian';
import { stemmer as oramaEn } from '@orama/stemmers/english';
import { Matcher } from '../lib/match';
import type { Lang } from '../lib/outlets';
import { lexiconFile } from '../lib/text/lexicon';
import { stemWord, type StemFn } from '../lib/text/stem';
import { bundledDb, devQueries } from '../tests/eval/data';
import { evaluatePage, evaluateQueries, goldPages } from '../tests/eval/evaluate';

type Stemmers = Partial<Record<Lang, (w: string) => string>>;
// snowball-stemmers ships no types; load it untyped.
const snowball = createRequire(import.meta.url)('snowball-stemmers') as { newStemmer(lang: string): { stem(w: string): string } };
const snowballRu = snowball.newStemmer('russian');
const snowballEn = snowball.newStemmer('english');
const short = (f: (w: string) => string): StemFn => (w) => (w.length <= 3 ? w : f(w));
const from = (s: Stemmers): StemFn => (w, lang) => (w.length <= 3 || !s[lang] ? w : s[lang]!(w));

const candidates: { name: string; stem: StemFn; note: string }[] = [
  { name: 'lemmas + orama', stem: stemWord, note: 'Hunspell lemma table (assets/lemmas) for ru, uk, then @orama/stemmers — in use' },
  { name: '@orama/stemmers', stem: from({ ru: oramaRu, uk: oramaUk, en: oramaEn }), note: 'ru, uk, en' },
  {
    name: 'snowball-stemmers',
    stem: from({ ru: (w) => snowballRu.stem(w), en: (w) => snowballEn.stem(w) }),
    note: 'ru, en (no Ukrainian: uk words unstemmed)',
  },
  { name: 'none', stem: short((w) => w), note: 'baseline: whole words' },
  { name: 'prefix-5', stem: short((w) => w.slice(0, 5)), note: 'baseline: first five letters' },
];
if (process.env.NATURAL_DIR) {
  const natural = createRequire(join(process.env.NATURAL_DIR, 'package.json'))('natural') as Record<string, { stem(w: string): string }>;
  candidates.splice(2, 0, {
    name: 'natural',
    stem: from({ ru: (w) => natural.PorterStemmerRu.stem(w), uk: (w) => natural.PorterStemmerUk.stem(w), en: (w) => natural.PorterStemmer.stem(w) }),
    note: 'ru, uk, en (Porter)',
  });
}

// Inflected forms that must share a stem (groups), and pairs of words that must not.
const GROUPS: [Lang, string[]][] = [
  ['ru', ['запрос', 'запросы', 'запросов', 'запросах', 'запросам']],
  ['ru', ['путин', 'путина', 'путину', 'путиным', 'путине']],
  ['ru', ['киберпреступление', 'киберпреступления', 'киберпреступлений', 'киберпреступлениях']],
  ['ru', ['заинтересован', 'заинтересована', 'заинтересованы', 'заинтересованность']],
  ['ru', ['консультация', 'консультации', 'консультаций', 'консультациям']],
  ['ru', ['кибератака', 'кибератаки', 'кибератак', 'кибератаками']],
  ['uk', ['запит', 'запити', 'запитів', 'запитах', 'запиту']],
  ['uk', ['путін', 'путіна', 'путіну', 'путіним']],
  ['uk', ['кіберзлочин', 'кіберзлочини', 'кіберзлочинів']],
  ['uk', ['зацікавлений', 'зацікавлена', 'зацікавлені']],
  ['uk', ['консультація', 'консультації', 'консультацій', 'консультаціях']],
  ['uk', ['кібератака', 'кібератаки', 'кібератак', 'кібератаками']],
  ['uk', ['предметний', 'предметній', 'предметного', 'предметної', 'предметну']],
  ['uk', ['співпраця', 'співпраці', 'співпрацю', 'співпрацею']],
  ['uk', ['вимога', 'вимоги', 'вимог', 'вимогу']],
  ['ru', ['сотрудничество', 'сотрудничества', 'сотрудничеству', 'сотрудничеством']],
  ['en', ['request', 'requests', 'requested', 'requesting']],
  ['en', ['interest', 'interested', 'interests']],
  ['en', ['consultation', 'consultations']],
  ['en', ['attack', 'attacks', 'attacked']],
];
const DISTINCT: [Lang, string, string][] = [
  ['ru', 'запрос', 'запрет'], ['ru', 'выборы', 'выбросы'], ['ru', 'мир', 'мирный'], ['uk', 'вибори', 'вибухи'],
  ['uk', 'запит', 'запах'], ['en', 'general', 'generous'], ['en', 'policy', 'police'], ['en', 'university', 'universe'],
];

const db = bundledDb();
const queries = devQueries();
const out = (s = '') => process.stdout.write(`${s}\n`);
out(`stemmer comparison — ${db.claims.length} claims, ${queries.length} queries, ${goldPages().length} gold pages\n`);
out('stemmer              R@1 in  R@3 in  R@3 across  MRR in  FP rate  gold claims  conflation  over-stem  µs/word  build');
for (const c of candidates) {
  const words = GROUPS.flatMap(([lang, ws]) => ws.map((w) => [lang, w] as const));
  let t = performance.now();
  for (let i = 0; i < 50; i++) for (const [lang, w] of words) c.stem(w, lang);
  const usPerWord = ((performance.now() - t) * 1000) / (50 * words.length);
  const conflated = GROUPS.filter(([lang, ws]) => new Set(ws.map((w) => c.stem(w, lang))).size === 1).length;
  const over = DISTINCT.filter(([lang, a, b]) => c.stem(a, lang) === c.stem(b, lang)).length;
  t = performance.now();
  const matcher = Matcher.build(db, { stem: c.stem, lexicon: lexiconFile() });
  const build = performance.now() - t;
  const q = evaluateQueries(matcher, db, queries);
  let hit = 0;
  let n = 0;
  for (const { gold, html } of goldPages()) {
    const { report } = await evaluatePage(matcher, gold, html, db);
    hit += report.claimRecall.hit;
    n += report.claimRecall.n;
  }
  out(`${c.name.padEnd(20)} ${q.within.r1.toFixed(3).padStart(6)}  ${q.within.r3.toFixed(3).padStart(6)}  ${q.across.r3.toFixed(3).padStart(10)}  ${q.within.mrr.toFixed(3).padStart(6)}  ${(100 * q.negatives.rate).toFixed(1).padStart(6)}%  ${`${hit}/${n}`.padStart(11)}  ${`${conflated}/${GROUPS.length}`.padStart(10)}  ${`${over}/${DISTINCT.length}`.padStart(9)}  ${usPerWord.toFixed(2).padStart(7)}  ${build.toFixed(0).padStart(4)} ms   (${c.note})`);
}
