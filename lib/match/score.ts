// Re-ranking and calibration. The search index (search-index.ts) orders candidates; this turns each
// (query, claim) pair into a score in 0…1 from evidence a reader can check:
// how much of the query's weighted content the claim shares, how much of the
// claim the query covers, shared wording (adjacent pairs), and agreement on
// speaker, other actors, numbers and dates. Actor names are kept out of the
// content measure and count only as speaker/actor agreement, so "Putin on
// gas prices" shares a name with the database but no content. One
// threshold, MATCH_THRESHOLD, decides what is shown; docs/matching.md
// explains how the weights and the threshold were set on the dev set.
import { distance } from 'fastest-levenshtein';
import type { Claim } from '../claims/schema';
import type { Analysis } from '../text/analyze';
import { COUNTRY_CONCEPTS, LEXICON, LEXICON_SEATS, type Lexicon } from '../text/lexicon';
import { sameTerms, wordingOf, type VersionView } from './claim-view';
import { ROLE_PREFIX, ROLES } from './roles';

import { MATCH_THRESHOLD } from './tiers';
export { MATCH_THRESHOLD, STRONG_MATCH } from './tiers';

/** A query as re-ranking sees it: its view plus the analysis (numbers, dates, words). */
export interface QueryView {
  view: VersionView;
  analysis: Analysis;
  /** The day role phrases resolve on when the sentence names no month and year of its own (the article's date; ISO). */
  date?: string;
}

export interface Evidence {
  score: number;
  /** Index (0 ru, 1 uk, 2 en, 3 quote) of the claim version that agreed best. */
  version: number;
  /** Query term indexes that matched (for `why.terms`). */
  matchedTerms: number[];
  speaker: boolean;
  actors: string[];
  numbers: string[];
  /** The raw features behind the score, for tuning and the eval's diagnostics. */
  features: Record<string, number>;
}

import { WEIGHTS } from './weights';
export { WEIGHTS };

/** The features re-ranking scores, in the order `npm run fit` fits them. */
export const FEATURES = ['content', 'phrase', 'specific', 'speaker', 'actors', 'numbers', 'numberConflict', 'verbatim', 'date', 'foreign', 'quoted'] as const;
export type Feature = (typeof FEATURES)[number];

/** A query term matches a claim term exactly, or within one edit (two for long words) when `fuzzy`. */
function termIn(stem: string, set: Set<string>, fuzzy: boolean): boolean {
  if (set.has(stem)) return true;
  if (!fuzzy || stem.length < 5 || /^\d/.test(stem)) return false;
  const max = stem.length >= 10 ? 2 : 1;
  for (const s of set) if (Math.abs(s.length - stem.length) <= max && distance(s, stem) <= max) return true;
  return false;
}

/** A lexicon match weighs this much of an exact one: a synonym is weaker evidence than the same word. */
const LEXICON_WEIGHT = 0.8;

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/**
 * A number on the same counted thing that no version of the claim agrees with
 * multiplies the score by this (issue 10, class 4: "80 requests" must not
 * rank "45 and 35 requests" first). Fixed, not fitted: on the dev queries the
 * fitted `numberConflict` weight is 0 (agreeing numbers already separate
 * right from wrong candidates), but a sentence that contradicts a claim's
 * number must still rank below one that agrees. With the threshold at 0.5, a
 * conflicting claim is shown (and its number contradiction reported) only
 * when the rest of the sentence matches it at 0.67 or more.
 */
export const NUMBER_CONFLICT_PENALTY = 0.75;

/**
 * The calibrated score of a feature vector under the fitted weights, with two fixed rules: the number-conflict
 * penalty, and a floor at the threshold for a sentence that holds the claim's whole quote word for word and
 * names its speaker ("Ответа долго не было", — сказал Лавров …). That sentence reports the claim whatever
 * else it says; a short quote has too little content weight for the fit to show it, and quotes are rare in
 * the training queries, so the fitted `quoted` weight alone cannot carry it.
 */
export function scoreOf(f: Record<Feature, number>, w: Record<'bias' | Feature, number> = WEIGHTS): number {
  let x = w.bias;
  for (const k of FEATURES) x += w[k] * f[k];
  const s = f.quoted && f.speaker ? Math.max(sigmoid(x), MATCH_THRESHOLD) : sigmoid(x);
  return s * (f.numberConflict ? NUMBER_CONFLICT_PENALTY : 1);
}

/**
 * Whether `value` counts `word` in this version: the word follows the number
 * directly or after up to two words ("80 Russian requests" counts requests,
 * "six current and former GRU officers" counts officers).
 */
function counts(v: VersionView, value: string, words: readonly string[]): boolean {
  // Most candidates have none of the counted words at all: no pair can end in one.
  if (!words.some((w) => v.content.has(w))) return false;
  const next = (v.next ??= following(v.bigrams));
  let from = [value];
  for (let hop = 0; hop < 3 && from.length; hop++) {
    for (const a of from) for (const w of words) if (v.bigrams.has(`${a} ${w}`)) return true;
    if (hop < 2) from = from.flatMap((a) => next.get(a) ?? []);
  }
  return false;
}

/** Term → the terms that follow it in some adjacent pair (built once per version: counts() runs per candidate and number). */
function following(bigrams: Set<string>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const b of bigrams) {
    const at = b.indexOf(' ');
    const a = b.slice(0, at);
    const list = out.get(a);
    if (list) list.push(b.slice(at + 1));
    else out.set(a, [b.slice(at + 1)]);
  }
  return out;
}

/** The words after a number, plus the lexicon siblings of the first (the counted noun): "обращений" also meets "запросов". */
/** withConcept of each number's counted nouns, made once per query (re-ranking asks for every candidate and version). */
const COUNTED = new WeakMap<Analysis, { lexicon: Lexicon; nouns: (readonly string[])[] }>();
function countedNouns(a: Analysis, lexicon: Lexicon): (readonly string[])[] {
  const c = COUNTED.get(a);
  if (c && c.lexicon === lexicon) return c.nouns;
  const nouns = a.numbers.map((n) => withConcept(n.nouns, lexicon));
  COUNTED.set(a, { lexicon, nouns });
  return nouns;
}

function withConcept(words: readonly string[], lexicon: Lexicon): readonly string[] {
  return words.length ? [...new Set([...words, ...lexicon.expand([words[0]])])] : words;
}

/**
 * Scores `q` against every version of a claim. Each feature takes its best
 * value over the versions (the Ukrainian text may share the words, the quote
 * the number), so the features do not depend on the weights and `npm run fit`
 * can fit them once, deterministically. `version` is the version that shares
 * the most content. `idf` weighs terms by rarity in the database, so shared
 * topic words ("кибербезопасность", "security") count little and specific words much.
 */
export function scoreClaim(q: QueryView, claim: Claim, versions: VersionView[], idf: (t: string) => number, fuzzy: boolean, lexicon: Lexicon = LEXICON): Evidence {
  const query = q.view;
  const qContent = [...query.content];
  const qIdf = qContent.map(idf);
  const wq = qIdf.reduce((s, w) => s + w, 0) || 1;
  // A role phrase ("the Kremlin spokesman") names the speaker when the speaker held that office on the
  // sentence's date: a month and year it names, else the article's date, else the claim's own.
  const roleDate = sentenceDate(q.analysis) ?? q.date ?? claim.date;
  const byRole = [...query.actors].some((a) => a.startsWith(ROLE_PREFIX) && ROLES.heldBy(a, claim.speaker, roleDate));
  // A body named for its spokesman ("В Кремле заявили" for Peskov's words), or for the body its seat ("Moscow").
  const names = (actor: string) => query.actors.has(actor) || LEXICON_SEATS.standsFor(query.stems, actor);
  const speaker = names(claim.speaker) || byRole || ROLES.spokeFor(claim.speaker, claim.date).some(names);
  const f: Record<Feature, number> = { content: 0, phrase: 0, specific: 0, speaker: speaker ? 1 : 0, actors: 0, numbers: 0, numberConflict: 0, verbatim: 0, date: 0, foreign: 0, quoted: 0 };
  const qPairs = queryPairs(q.analysis);
  const qPairSet = queryPairSet(q.analysis);
  let version = 0;
  let bestContent = -1;
  let bestMatched = new Set<string>();
  let actorsBest: string[] = [];
  let numbersBest: string[] = [];
  let weakBest: string[] = [];
  let datesBest: string[] = [];
  let conflict = false;
  let raw = { qc: 0, dc: 0, wm: 0 };
  // Per query, not per version: the query terms' concepts and its actors (a role phrase held by the speaker as the speaker).
  const qConcepts = qContent.map((t) => lexicon.concepts(t));
  const qRoots = queryRoots(query, qContent);
  const qActors = [...new Set([...query.actors].map((a) => (a.startsWith(ROLE_PREFIX) && ROLES.heldBy(a, claim.speaker, roleDate) ? claim.speaker : a)))];
  versions.forEach((v, vi) => {
    // A version with the same term sets as an earlier one (an untranslated claim) gives the same
    // features, and the earlier one wins ties: scoring it again changes nothing.
    for (let k = 0; k < vi; k++) if (sameTerms(versions[k], v)) return;
    const matched = new Set<string>();
    let wm = 0;
    // A query word may meet an actor name of the claim through its concept ("відомство юстиції" / "Мін'юст").
    v.concepts ??= lexicon.conceptSet(v.stems);
    qContent.forEach((t, i) => {
      if (termIn(t, v.content, fuzzy)) matched.add(t), (wm += qIdf[i]);
      // Another word for the same thing ("Вашингтон" / "США", "обращение" / "запрос") counts a little less.
      else if (qConcepts[i].some((c) => v.concepts!.has(c))) matched.add(t), (wm += LEXICON_WEIGHT * qIdf[i]);
      // A cyber- compound meets its parts: "киберопераций" / "операций в киберпространстве", "cyber crime" / "cybercrime".
      else if (compoundMeets(t, v, lexicon)) matched.add(t), (wm += LEXICON_WEIGHT * qIdf[i]);
      // A word of the same root: another part of speech or an aspect pair ("провокаційн" / "провокац", "відстежен" / "стежен").
      else if (qRoots[i] && derivedIn(t, qRoots[i], v)) matched.add(t), (wm += DERIVED_WEIGHT * qIdf[i]);
    });
    if (v.weight === undefined) v.weight = [...v.content].reduce((s, t) => s + idf(t), 0) || 1;
    const qc = wm / wq;
    const dc = Math.min(1, wm / v.weight);
    let bigramHits = 0;
    for (const b of query.bigrams) if (v.bigrams.has(b)) bigramHits++;
    const phrase = query.bigrams.size ? bigramHits / query.bigrams.size : 0;
    const actors = qActors.filter((a) => a === claim.speaker || v.actors.has(a));
    const { numbers, dates, weak } = sharedNumbers(q.analysis, v, claim, lexicon);
    // A fragment covers the query but little of the claim; a paraphrase
    // covers both partly: take the better of F1 and query coverage scaled
    // by how much specific weight matched.
    const content = Math.max((2 * qc * dc) / (qc + dc || 1), qc * Math.min(1, wm / 15));
    f.content = Math.max(f.content, content);
    f.phrase = Math.max(f.phrase, phrase);
    f.specific = Math.max(f.specific, Math.min(1, wm / 20));
    if (!f.verbatim) f.verbatim = verbatimRun(qPairs, v.pairs);
    // The sentence holds the claim's whole quote, word for word ("Ответа долго не было", — сказал Лавров в
    // интервью …): a short quote has little content weight, but nothing of it is missing.
    if (v.isQuote && !f.quoted && v.pairs.size && holdsAll(qPairSet, v.pairs)) f.quoted = 1;
    if (actors.length > actorsBest.length) actorsBest = actors;
    if (numbers.length + weak.length / 2 > numbersBest.length + weakBest.length / 2) numbersBest = numbers, weakBest = weak;
    if (dates.length > datesBest.length) datesBest = dates;
    if (disagreeingNumber(q.analysis, v, claim, lexicon)) conflict = true;
    if (content + phrase / 100 > bestContent) bestContent = content + phrase / 100, version = vi, bestMatched = matched, raw = { qc, dc, wm };
  });
  // Other actors than the speaker: the speaker has its own feature, and counting it twice made a mere mention of
  // a group ("the REvil attack") weigh as much as a statement of it.
  f.actors = Math.min(actorsBest.filter((a) => a !== claim.speaker).length, 2);
  f.numbers = Math.min(numbersBest.length + weakBest.length / 2, 2);
  // Names the sentence writes that no version of the claim has (a person, a place, a company the database
  // does not know): "санкції проти … Деркача" is another sanctions action than the one the claim reports.
  let foreign: string | undefined;
  for (const t of q.analysis.terms) {
    if (!t.proper || t.stem === foreign || !query.content.has(t.stem) || versions.some((v) => v.stems.has(t.stem))) continue;
    if (lexicon.concepts(t.stem).some((c) => COUNTRY_CONCEPTS.has(c) || versions.some((v) => v.concepts?.has(c)))) continue;
    if (foreign === undefined) foreign = t.stem;
    else {
      f.foreign = 2;
      break;
    }
  }
  if (foreign !== undefined && !f.foreign) f.foreign = 1;
  // A date of the claim named in the sentence is weaker evidence than a counted number: every sentence
  // of a report on the event carries the event's date.
  f.date = datesBest.length ? 1 : 0;
  // A number on the same counted thing that no version agrees with: lowers the score (issue 10, class 4).
  f.numberConflict = conflict && !numbersBest.length ? 1 : 0;
  const score = scoreOf(f);
  // Names count in `why` too: they are what a reader checks first.
  const shown = new Set([...bestMatched, ...[...query.stems].filter((t) => !query.content.has(t) && versions[version].stems.has(t))]);
  return {
    score, version, speaker, actors: actorsBest, numbers: [...numbersBest, ...datesBest],
    matchedTerms: q.analysis.terms.map((t, i) => (shown.has(t.stem) ? i : -1)).filter((i) => i >= 0),
    features: featureRecord(f, raw, wq),
  };
}

/**
 * The features with the raw measures, as one object literal of a fixed shape: spreading `f` and `raw` into a
 * new object per candidate made a slow dictionary-mode object and cost a third of matching time on the real pages.
 */
function featureRecord(f: Record<Feature, number>, raw: { qc: number; dc: number; wm: number }, wq: number): Record<string, number> {
  return {
    content: f.content, phrase: f.phrase, specific: f.specific, speaker: f.speaker, actors: f.actors, numbers: f.numbers,
    numberConflict: f.numberConflict, verbatim: f.verbatim, date: f.date, foreign: f.foreign, quoted: f.quoted,
    qc: raw.qc, dc: raw.dc, wm: raw.wm, wq,
  } satisfies Record<Feature, number> & Record<'qc' | 'dc' | 'wm' | 'wq', number>;
}

/** The prefixes of compounds news write as one word or as two ("кибератака" / "атака в киберпространстве"). */
const COMPOUND = /^(кибер|кібер|cyber)(.{4,})$/;
const BARE = new Set(['кибер', 'кібер', 'cyber']);

/** The second part of a cyber- compound stem ("кибероперац" → "операц"), if it is one. */
export const compoundPart = (stem: string): string | undefined => COMPOUND.exec(stem)?.[2];

/** Stems that differ at most by a final letter ("crim" of "cybercrime" and "crime"). */
const near = (a: string, b: string) => a === b || (Math.min(a.length, b.length) >= 4 && Math.abs(a.length - b.length) <= 1 && (a.startsWith(b) || b.startsWith(a)));

/**
 * Whether query term `t` meets a cyber- compound of the claim or the claim
 * meets a compound of the query, through the compound's second part: the
 * part equals a term on the other side (give or take a final letter) or
 * shares its lexicon concept ("кібератак" / "атакували"). A bare "cyber"
 * meets any cyber- compound.
 */
function compoundMeets(t: string, v: VersionView, lexicon: Lexicon): boolean {
  const rest = compoundPart(t);
  if (rest) {
    for (const c of v.content) if (near(rest, c)) return true;
    return lexicon.concepts(rest).some((c) => v.concepts!.has(c));
  }
  if (!v.parts) {
    const stems = [...v.content].map(compoundPart).filter((x): x is string => !!x);
    v.parts = { stems, concepts: lexicon.conceptSet(stems) };
  }
  if (!v.parts.stems.length) return false;
  if (BARE.has(t)) return true;
  return v.parts.stems.some((p) => near(p, t)) || lexicon.concepts(t).some((c) => v.parts!.concepts.has(c));
}

/** A word of the same root weighs this much of an exact match. */
const DERIVED_WEIGHT = 0.6;

/** One verbal or nominal prefix of Russian and Ukrainian ("від|стеження", "за|питання", "по|страдать"). */
const SLAVIC_PREFIX = /^(пере|раз|роз|при|про|под|під|від|вы|ви|за|на|по|до|об|от|с|з|у|о)/;

/** What follows the Slavic prefix `stem` opens with, when it is a stem of at least 6 letters (5 made "країн" meet "україн" and "говор" "договор"). */
function slavicRest(stem: string): string | undefined {
  const p = SLAVIC_PREFIX.exec(stem)?.[0];
  return p && stem.length - p.length >= 6 ? stem.slice(p.length) : undefined;
}

/** Per version, built on first use: its Cyrillic content stems by their first 6 letters, and their prefix-less rests. */
function rootsOf(v: Pick<VersionView, 'content'>): NonNullable<VersionView['roots']> {
  const byHead = new Map<string, string[]>();
  const rests = new Set<string>();
  let cyrillic = false;
  for (const c of v.content) {
    if (c.length < 5 || !/^[а-яіїєґ]/.test(c)) continue;
    cyrillic = true;
    if (c.length >= 6) byHead.set(c.slice(0, 6), [...(byHead.get(c.slice(0, 6)) ?? []), c]);
    const rest = slavicRest(c);
    if (rest) rests.add(rest);
  }
  return { byHead, rests, cyrillic };
}

/**
 * Whether a query stem shares its root with a content stem of the version: one is the other with one
 * Slavic prefix ("відстежен" / "стежен", "пострада" / "страда"), or the shorter (6+ letters) is the beginning
 * of the longer ("провокаційн" / "провокац", "государствен" / "государств"). A shared beginning that is only
 * most of the shorter stem joined false friends ("сотрудник" / "сотрудничеств", "последн" / "последств");
 * on the claims' and queries' stems these rules join 186 pairs, nearly all of one root (listed in
 * docs/matching.md), and the stricter forms cost no cross-validated recall.
 * Cyrillic stems only: English derivation is mostly its stemmer's suffixes. Looked up, not scanned: every
 * sentence of an article meets a dozen candidates, and a scan over their terms cost two thirds more time.
 */
function derivedIn(t: string, root: QueryRoot, v: Pick<VersionView, 'content' | 'roots'>): boolean {
  const roots = (v.roots ??= rootsOf(v));
  if (!roots.cyrillic) return false; // a version in English
  if (roots.rests.has(t) || (root.rest !== undefined && v.content.has(root.rest))) return true;
  if (root.head === undefined) return false;
  for (const c of roots.byHead.get(root.head) ?? []) if (c.length !== t.length && (c.startsWith(t) || t.startsWith(c))) return true;
  return false;
}

interface QueryRoot {
  rest?: string;
  head?: string;
}

/** What `derivedIn` needs of a query term: undefined for a term that cannot have a root match. */
function queryRoot(t: string): QueryRoot | undefined {
  if (t.length < 5 || !/^[а-яіїєґ]/.test(t)) return undefined;
  return { rest: slavicRest(t), head: t.length >= 6 ? t.slice(0, 6) : undefined };
}

/** Whether query stem `t` meets one of `stems` as a word of the same root (derivedIn, for tests and diagnostics). */
export function sameRoot(t: string, stems: readonly string[]): boolean {
  const root = queryRoot(t);
  return !!root && derivedIn(t, root, { content: new Set(stems) });
}

const ROOTS = new WeakMap<VersionView, (QueryRoot | undefined)[]>();
/** queryRoot of each content term of the query, made once per query, not once per candidate. */
function queryRoots(query: VersionView, content: readonly string[]): (QueryRoot | undefined)[] {
  let r = ROOTS.get(query);
  if (!r) ROOTS.set(query, (r = content.map(queryRoot)));
  return r;
}

/** A shared run of at least this many terms, covering at least VERBATIM_SHARE of the query, is a verbatim fragment. */
const VERBATIM_RUN = 4;
const VERBATIM_SHARE = 0.8;

/**
 * 1 when the query is (nearly all) one run of the claim's own terms in the
 * claim's order, names included: a fragment quoted word for word without the
 * speaker's name ("министерство юстиции США никакого ответа не направило", the
 * end of Lavrov's quote) has little content weight once the actor's name is
 * set aside, but it is the claim's wording. A sentence that only shares a
 * short phrase ("Lavrov … United States … not interested", "information
 * security") is not one. Runs are read from adjacent pairs of terms.
 */
export function verbatim(terms: readonly string[], pairs: Set<string>): number {
  const seq = wordingOf(terms);
  return verbatimRun(seq.slice(1).map((t, i) => `${seq[i]} ${t}`), pairs);
}

/** verbatim() from the query's adjacent pairs, made once per query (queryPairs), not once per candidate and version. */
function verbatimRun(queryPairs: readonly string[], pairs: Set<string>): number {
  const n = queryPairs.length + 1;
  if (n < VERBATIM_RUN) return 0;
  let best = 1;
  let cur = 1;
  for (const p of queryPairs) {
    cur = pairs.has(p) ? cur + 1 : 1;
    if (cur > best) best = cur;
  }
  return best >= VERBATIM_RUN && best >= VERBATIM_SHARE * n ? 1 : 0;
}

/** The adjacent pairs of an analysed text's terms ("a b"), kept with the analysis: every candidate reads them. */
const PAIRS = new WeakMap<Analysis, string[]>();
function queryPairs(a: Analysis): string[] {
  let p = PAIRS.get(a);
  if (!p) {
    const seq = wordingOf(a.terms.map((t) => t.stem));
    p = seq.slice(1).map((t, i) => `${seq[i]} ${t}`);
    PAIRS.set(a, p);
  }
  return p;
}

const PAIR_SETS = new WeakMap<Analysis, Set<string>>();
function queryPairSet(a: Analysis): Set<string> {
  let p = PAIR_SETS.get(a);
  if (!p) PAIR_SETS.set(a, (p = new Set(queryPairs(a))));
  return p;
}

/** The first date the text names with a month and a year, as an ISO day (mid-month when no day is given). */
export function sentenceDate(a: Analysis): string | undefined {
  const d = a.dates.find((x) => x.year !== undefined && x.month !== undefined);
  if (!d) return undefined;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.year}-${pad(d.month!)}-${pad(d.day ?? 15)}`;
}

/**
 * A quantity of the query that counts the same thing as one of the claim's
 * numbers (same currency, or the same counted noun right after the number in
 * this version, or a noun of the same lexicon concept: "80 обращений" counts
 * what "45 запросов" counts) but with another value.
 */
function disagreeingNumber(query: Analysis, v: VersionView, claim: Claim, lexicon: Lexicon): boolean {
  if (!query.numbers.length) return false;
  // The claim's numbers: the curated ones (with their units) and those its text writes out ("six … officers").
  const written = (v.numbers ??= [...v.content].filter((t) => NUMBER.test(t)).map((t) => ({ value: Number(t), unit: undefined })));
  if (!claim.numbers.length && !written.length) return false;
  const nouns = countedNouns(query, lexicon);
  for (let k = 0; k < query.numbers.length; k++) {
    const n = query.numbers[k];
    if (n.isDate) continue;
    for (const list of [claim.numbers, written]) {
      for (const c of list) {
        if (Math.abs(c.value - n.value) <= Math.abs(c.value) * 0.005) continue;
        if (n.unit ? c.unit === n.unit : counts(v, String(c.value), nouns[k])) return true;
      }
    }
  }
  return false;
}
const NUMBER = /^\d+(\.\d+)?$/;

/** Whether `outer` holds every element of `inner`. */
function holdsAll(outer: Set<string>, inner: Set<string>): boolean {
  for (const x of inner) if (!outer.has(x)) return false;
  return true;
}

/**
 * Numbers and dates the query shares with the claim. A number agrees only
 * when it counts the same thing: the same currency, or the same next word
 * ("80 запросов" and "80 запросах", not "80 процентов"; a noun of the same
 * lexicon concept counts too: "12 обращений" and "12 запросов"), or a bare number.
 */
const NO_NUMBERS: { numbers: string[]; dates: string[]; weak: string[] } = Object.freeze({ numbers: [], dates: [], weak: [] }) as never;
function sharedNumbers(query: Analysis, v: VersionView, claim: Claim, lexicon: Lexicon): { numbers: string[]; dates: string[]; weak: string[] } {
  if (!query.numbers.length && !query.dates.length) return NO_NUMBERS;
  const out = new Set<string>();
  const weak = new Set<string>();
  const days = new Set<string>();
  const terms = query.terms;
  for (const n of query.numbers) {
    if (n.isDate) continue;
    const value = String(n.value);
    const at = terms.findIndex((t) => t.token === n.tokens[0]);
    const next = at >= 0 ? terms[at + 1]?.stem : undefined;
    const sameUnit = !!n.unit && claim.numbers.some((c) => c.value === n.value && c.unit === n.unit);
    const sameNoun = !n.unit && counts(v, value, withConcept(next ? [next, ...n.nouns] : n.nouns, lexicon));
    const bare = !n.unit && !n.kind && v.stems.has(value);
    if (sameUnit || sameNoun || bare) out.add(value);
    // The value of one of the claim's curated counts, on another noun ("16 organisations" / 16 "entities"): half.
    else if (!n.unit && claim.numbers.some((c) => c.value === n.value && !c.unit?.match(/^[A-Z]{3}$|%/))) weak.add(value);
  }
  const claimDays = [claim.date, ...claim.dates];
  for (const d of query.dates) {
    const hit = claimDays.some((iso) => {
      const [y, m, day] = iso.split('-').map(Number);
      return d.month === m && (d.day === undefined || d.day === day) && (d.year === undefined || d.year === y);
    });
    if (hit) days.add([d.day, d.month, d.year].filter((x) => x !== undefined).join('.'));
  }
  return { numbers: [...out], dates: [...days], weak: [...weak].filter((x) => !out.has(x)) };
}
