// Possible contradictions between an article's sentences and the claims
// they match: (a) curated — the database says claim A is contradicted by B;
// (b) numbers — the sentence gives another value for the same kind of thing;
// (c) polarity — the same fact with and without negation or with opposite verbs.
import type { ClaimDatabase, Relation } from '../claims/schema';
import type { Analysis } from '../text/analyze';
import { readsAsYear, type NumberMention } from '../text/numbers';
import { curatedExplanation, numbersExplanation, polarityExplanation } from './explain';
import { negationConflict, polarityConflict, stoppedFrom } from './polarity';
import type { Contradiction } from './types';

export interface MatchedSentence {
  sentence: { text: string; start: number; end: number };
  analysis: Analysis;
  /** Matched claims (at or above the threshold): analyses of their versions (ru, uk, en, quote) and the best one's index. */
  claims: { claim: number; score: number; analyses: Analysis[]; best: number }[];
}

/**
 * Relations of type "contradicts", looked up from either side. A claim the
 * database marks "same-as" another (the Kremlin's Russian and English
 * readouts) shares its contradictions: the page may quote either version.
 */
export interface CuratedIndex {
  /** Counter-claims of each claim, with the relation that says so. */
  against: Map<string, { other: string; relation: Relation }[]>;
  /** A name for the same-as group of a claim (the claim itself when it has none). */
  groupOf: (id: string) => string;
}

export function contradictionMap(relations: Relation[]): CuratedIndex {
  const group = new Map<string, Set<string>>();
  const groupOf = (id: string) => group.get(id) ?? new Set([id]);
  for (const r of relations) {
    if (r.type !== 'same-as') continue;
    const merged = new Set([...groupOf(r.from), ...groupOf(r.to)]);
    for (const id of merged) group.set(id, merged);
  }
  const map = new Map<string, { other: string; relation: Relation }[]>();
  const add = (a: string, b: string, relation: Relation) => {
    for (const member of groupOf(a)) {
      const list = map.get(member) ?? [];
      if (member !== b && !list.some((x) => x.other === b)) map.set(member, [...list, { other: b, relation }]);
    }
  };
  for (const r of relations) {
    if (r.type !== 'contradicts') continue;
    add(r.from, r.to, r);
    add(r.to, r.from, r);
  }
  return { against: map, groupOf: (id) => [...groupOf(id)].sort()[0] };
}

const sameValue = (a: number, b: number) => Math.abs(a - b) <= Math.abs(b) * 0.005;
const quantities = (a: Analysis) => a.numbers.filter((n) => !n.isDate);

/** The sentence's first quantity whose kind the claim also counts, but with other values. */
function numberConflict(s: Analysis, v: Analysis): { said: NumberMention; claimed: NumberMention[] } | undefined {
  const claimNums = quantities(v);
  for (const n of quantities(s)) {
    const same = claimNums.filter((c) => (n.unit ? c.unit === n.unit : !c.unit && n.nouns.some((w) => c.nouns.includes(w))));
    // The sentence may state the claim's number beside another one ("80 … тогда как 12"): then nothing disagrees.
    const stated = quantities(s).some((m) => same.some((c) => sameValue(m.value, c.value)));
    if (same.length && !stated && !claimNums.some((c) => sameValue(n.value, c.value))) {
      return { said: n, claimed: same };
    }
  }
  // A paraphrase counts with other nouns ("20 queries" for "10 requests", "ста тысяч компьютеров" for "миллиона
  // систем"): when each side has one count the other does not state, both without a unit, they count one thing.
  // A number that reads as a year (1900–2100, whole, no unit) is left out: far more often a date than a count.
  const unstated = (xs: NumberMention[], ys: NumberMention[]) =>
    xs.filter((x) => !x.unit && !readsAsYear(x.value) && !ys.some((y) => sameValue(x.value, y.value)));
  const [said, claimed] = [unstated(quantities(s), claimNums), unstated(claimNums, quantities(s))];
  if (said.length === 1 && claimed.length === 1) return { said: said[0], claimed };
  return undefined;
}

/** Whether the sentence states one of the claim's quantities (same value, same unit or counted noun). */
function sharesQuantity(s: Analysis, v: Analysis): boolean {
  const claimNums = quantities(v);
  return quantities(s).some((n) =>
    claimNums.some((c) => sameValue(n.value, c.value) && (n.unit ? c.unit === n.unit : !c.unit)),
  );
}

/** The words around a polar fact as written: the negation with its word ("не получал"). */
function phrase(a: Analysis, text: string, term: number): string {
  const t = a.terms[term];
  const tok = a.tokens[t.token];
  let start = tok.start;
  if (t.negated) {
    for (let k = t.token - 1; k >= Math.max(0, t.token - 3); k--) {
      if (/^(не|ни|нет|ні|not|no|never|без|without|никогда|ніколи|немає)$/.test(a.tokens[k].norm) || /n't$/.test(a.tokens[k].norm)) start = a.tokens[k].start;
    }
    const next = a.tokens[t.token + 1];
    if (start === tok.start && next && /^(не|ні|not|нет|немає)$/.test(next.norm)) return text.slice(tok.start, a.tokens[Math.min(a.tokens.length - 1, t.token + 2)].end);
  }
  // "больше не обсуждают", "no longer negotiate": the words that say the act stopped belong to the phrase.
  const at = a.tokens.findIndex((x) => x.start === start);
  if (at >= 0) start = a.tokens[stoppedFrom(a, at, start !== tok.start)].start;
  return text.slice(start, tok.end);
}

/** All possible contradictions in the matched sentences, one per (sentence, claim, other claim, kind). */
export function findContradictions(db: ClaimDatabase, matched: MatchedSentence[], curated: CuratedIndex, speakerName: (id: string) => { ru: string; uk: string; en: string }): Contradiction[] {
  const out: Contradiction[] = [];
  const seen = new Set<string>();
  const push = (c: Contradiction) => {
    // One report per sentence, claim and kind; a sentence matching two
    // same-as versions of a claim shows a curated contradiction once.
    const key = c.kind === 'curated' ? `${c.start}|${c.against}|curated` : `${c.start}|${c.claimId}|${c.kind}`;
    if (!seen.has(key)) out.push(c), seen.add(key);
  };
  // A counter-claim is reported once per article and claim (same-as versions
  // count as one claim), at the sentence that states the claim most clearly:
  // one whose best match it is before one that states a sibling claim and
  // resembles this one too ("Russia is not on the list" / "most attacks come
  // from the US", two halves of one answer), then the highest score.
  const topOf = (m: MatchedSentence) => Math.max(...m.claims.map((c) => c.score));
  const clarity = (score: number, top: number) => (score >= top ? 2 : 0) + score;
  const strongest = new Map<string, number>();
  for (const m of matched) {
    const top = topOf(m);
    for (const c of m.claims) {
      const g = curated.groupOf(db.claims[c.claim].id);
      strongest.set(g, Math.max(strongest.get(g) ?? 0, clarity(c.score, top)));
    }
  }
  const curatedDone = new Set<string>();
  for (const m of matched) {
    const base = { sentence: m.sentence.text, start: m.sentence.start, end: m.sentence.end };
    // A sentence usually restates one claim and merely resembles its siblings ("10 US requests" vs
    // "45 Russian requests" from the same press conference). When one matched claim states a number of
    // the sentence, other numbers are other facts; and only the best-matching claim is "the same fact"
    // for a polarity check.
    const states = m.claims.map(({ analyses }) => analyses.some((v) => sharesQuantity(m.analysis, v)));
    const topScore = topOf(m);
    for (const [at, { claim: i, score, analyses, best }] of m.claims.entries()) {
      // A sibling that states the sentence's number makes this claim's other number another fact; the claim's
      // own agreeing number does not (its "35" agreeing while its "45" is given as 15 is the disagreement).
      const statesANumber = states.some((s, k) => s && k !== at);
      const claim = db.claims[i];
      const group = curated.groupOf(claim.id);
      for (const { other, relation } of curated.against.get(claim.id) ?? []) {
        if (clarity(score, topScore) < (strongest.get(group) ?? 0) || curatedDone.has(`${group}|${other}`)) continue;
        curatedDone.add(`${group}|${other}`);
        push({ ...base, claimId: claim.id, against: other, kind: 'curated', explanation: curatedExplanation(relation.explanation) });
      }
      // Compare with the version in the sentence's language (the quote when it is in that language and matched best).
      const langIndex = { ru: 0, uk: 1, en: 2 }[m.analysis.lang];
      const k = best === 3 && claim.quoteLang === m.analysis.lang ? 3 : langIndex;
      const sameLang = analyses[k];
      const speaker = speakerName(claim.speaker);
      const num = statesANumber ? undefined : (numberConflict(m.analysis, sameLang) ?? (best !== k ? numberConflict(m.analysis, analyses[best]) : undefined));
      if (num) push({ ...base, claimId: claim.id, against: claim.id, kind: 'numbers', explanation: numbersExplanation(num.said, num.claimed, speaker, claim) });
      const pol = score < topScore ? undefined : (polarityConflict(m.analysis, sameLang) ?? negationConflict(m.analysis, sameLang));
      if (pol) {
        const text = k === 3 ? claim.quote : claim.text[m.analysis.lang];
        push({
          ...base, claimId: claim.id, against: claim.id, kind: 'polarity',
          explanation: polarityExplanation(phrase(m.analysis, m.sentence.text, pol.a.term), phrase(sameLang, text, pol.b.term), speaker, claim),
        });
      }
    }
  }
  return out;
}
