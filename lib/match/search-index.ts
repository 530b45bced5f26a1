// Candidate generation: an inverted index over the claims' analysed terms
// (from lib/text's analyser, or the plain tokeniser for other languages; see
// claim-terms.ts), made of immutable segments (segment.ts) — the bundled data
// and each imported pack — so an import indexes only its own claims and a
// removal only drops a segment. Term weights are BM25 idf over all segments;
// candidates are scored BM25-style with rare-term pruning, which keeps a
// query on 200,000 claims to a few hundred postings. The analysed terms of
// every claim version are kept (compactly) so re-ranking never re-analyses a
// claim. Replaced MiniSearch (issue 11): its object-per-term radix tree cost
// +436 MB of heap and a 47 s build at 100k claims.
import { distance } from 'fastest-levenshtein';
import type { ClaimDatabase } from '../claims/schema';
import { memo } from '../text/memo';
import type { StemFn } from '../text/stem';
import { claimTermLists } from './claim-terms';
import { Segment, type StoredSegment } from './segment';

/** Bump when the stored layout or the way claims are analysed changes: a stored index of another format is rebuilt. */
export const INDEX_FORMAT = 15;

/** Claims assumed beside the database when weighing terms (see idf()). */
const IDF_PRIOR = 200;
/** Databases up to this size are searched with every query term (no pruning at all). */
const PRUNE_ABOVE = 5000;
/** For larger databases, the postings one query may visit: rare terms first, until this many. */
const POSTINGS_BUDGET = 300;
/** At most this many terms (the rarest) generate candidates, whatever the database size. */
const MAX_TERMS = 8;
/** On large databases, a text whose rarest term is in more than this share of claims has nothing specific to find. */
const MAX_RAREST_SHARE = 0.005;
/** Unknown terms looked up with typo tolerance per query (the longest first): a typo is rarely more than a few words. */
const MAX_FUZZY_TERMS = 4;
/** A typo-corrected term counts this much of an exact one. */
const FUZZY_WEIGHT = 0.5;
/**
 * Weight of a term the query did not write but its lexicon concept brought in (`weak`): "Moscow" adds
 * Россия, Кремль, Russia… in three languages, and at full weight those outvoted the query's own
 * specific words, so the right claim fell out of the candidates.
 */
const WEAK_WEIGHT = 0.6;
/** BM25 length normalisation (term frequency is taken as 1: claims are a sentence or two). */
const K1 = 1.2;
const B = 0.75;

export interface Candidate {
  /** Claim number (0 … size-1). */
  claim: number;
  /** BM25-style score (unbounded; only orders candidates). */
  score: number;
}

/** Builds one segment from in-memory claims (the bundled data, a pack being imported). */
export function buildSegment(claims: ClaimDatabase['claims'], stem?: StemFn): Segment {
  return Segment.build({ ids: claims.map((c) => c.id), terms: claims.map((c) => claimTermLists(c, stem)) });
}

/** The index over all segments, with claim numbers running through them in order. */
export class SearchIndex {
  private bases: number[] = [];
  readonly size: number;
  /** Languages of plain-tokenised claims ("de", "es"): a query is also split into words of each. */
  readonly plainLangs: string[];
  private avgLength: number;
  private segmentIdf = new Map<Segment, (term: string) => number>();
  /**
   * Document frequencies over all segments, memoised: segments never change,
   * and one article asks for each of its terms several times (has, docFreq,
   * idf) — each a binary search over ~250k strings per segment at 200k claims.
   */
  private df = memo((term: string) => {
    let n = 0;
    for (const s of this.segments) n += s.docFreq(term);
    return n;
  }, 50_000);
  /** Claim scores of one search, by claim number (reset after each search through `touched`). */
  private sums?: Float64Array;

  constructor(readonly segments: Segment[]) {
    let n = 0;
    for (const s of segments) {
      this.bases.push(n);
      n += s.size;
    }
    this.size = n;
    const langs = new Set<string>();
    // Plain-tokenised terms carry their language ("de:wort"): one regex pass over each segment's joined terms.
    for (const s of segments) for (const m of s.terms.text.matchAll(/(?:^|\n)([a-z]{2,3}):/g)) langs.add(m[1]);
    this.plainLangs = [...langs].sort();
    let total = 0;
    for (const s of segments) for (let c = 0; c < s.size; c++) total += s.lengthOf(c);
    this.avgLength = n ? Math.max(1, total / n) : 1;
  }

  /** One segment over the whole in-memory database (the command line, tests, the eval). */
  static build(db: ClaimDatabase, stem?: StemFn): SearchIndex {
    return new SearchIndex([buildSegment(db.claims, stem)]);
  }

  /** The segment holding claim number `i` and the claim's position in it (where a row-stored pack keeps its body). */
  locate(i: number): [Segment, number] {
    let k = this.bases.length - 1;
    while (k > 0 && this.bases[k] > i) k--;
    return [this.segments[k], i - this.bases[k]];
  }

  /** Number of the claim with this id, if indexed: a scan of every segment's ids (milliseconds at 200,000), for the few claims not read by number. */
  numberOf(id: string): number | undefined {
    for (let k = 0; k < this.segments.length; k++) {
      const at = this.segments[k].ids.indexOf(id);
      if (at >= 0) return this.bases[k] + at;
    }
    return undefined;
  }

  /** Id of claim number `i`. */
  idOf(i: number): string {
    const [s, c] = this.locate(i);
    return s.ids.at(c);
  }

  /** Analysed terms of the four versions of claim `i` (ru, uk, en, quote). */
  terms(i: number): string[][] {
    const [s, c] = this.locate(i);
    return s.claimTerms(c);
  }

  /** Whether any segment holds the term (every term a segment lists has at least one posting). */
  has(term: string): boolean {
    return this.df(term) > 0;
  }

  /** Number of claims holding the term, over all segments. */
  docFreq(term: string): number {
    return this.df(term);
  }

  /**
   * BM25 inverse document frequency of a term, with IDF_PRIOR claims added
   * that do not contain it: a database of a few claims says little about
   * which words are rare, and the prior keeps weights (and so calibrated
   * scores) comparable between a 5-claim test database, the bundled one and
   * a 200k-claim pack. Unseen terms get the rarest weight.
   */
  idf(term: string): number {
    const n = this.docFreq(term);
    return Math.log(1 + (this.size + IDF_PRIOR - n + 0.5) / (n + 0.5));
  }

  /**
   * idf as claim `i`'s own segment sees it, for re-ranking: a claim's
   * calibrated score then depends on its own source only, so importing a
   * 200k-item feed of other statements (whose vocabulary makes common words
   * look rare) never lifts a bundled claim over the threshold on a page it
   * did not match before. Retrieval still ranks with idf().
   */
  idfWithin(i: number): (term: string) => number {
    const [s] = this.locate(i);
    let fn = this.segmentIdf.get(s);
    if (!fn) {
      // Memoised like df: re-ranking asks for every query term once per candidate.
      fn = memo((term) => {
        const n = s.docFreq(term);
        return Math.log(1 + (s.size + IDF_PRIOR - n + 0.5) / (n + 0.5));
      }, 50_000);
      this.segmentIdf.set(s, fn);
    }
    return fn;
  }

  /** Known terms within one edit (two from ten letters) of an unknown one, sharing its first two letters. */
  private nearTerms(term: string): string[] {
    const max = term.length >= 10 ? 2 : 1;
    const out = new Set<string>();
    for (const s of this.segments) {
      for (const t of s.withPrefix(term.slice(0, 2))) {
        if (Math.abs(t.length - term.length) <= max && distance(t, term) <= max) out.add(t);
      }
    }
    return [...out];
  }

  /**
   * Best claims for analysed query terms. Rare-term pruning: on databases
   * larger than PRUNE_ABOVE, only the rarest terms generate candidates, up to
   * POSTINGS_BUDGET postings in all (the rest still count in re-ranking):
   * a statement is found through its specific words, and common words would
   * only make the search slower. With `fuzzy`, terms the index does not hold
   * (typos) stand for the known terms within one edit (two for long words).
   */
  search(terms: string[], opts: { limit: number; fuzzy: boolean; weak?: ReadonlySet<string> }): Candidate[] {
    const weightOf = new Map<string, number>();
    for (const t of new Set(terms)) {
      if (this.has(t)) weightOf.set(t, opts.weak?.has(t) ? WEAK_WEIGHT : 1);
    }
    if (opts.fuzzy) {
      const unknown = [...new Set(terms)].filter((t) => !weightOf.has(t) && t.length >= 5 && !/^\d/.test(t)).sort((a, b) => b.length - a.length).slice(0, MAX_FUZZY_TERMS);
      for (const u of unknown) for (const near of this.nearTerms(u)) if (!weightOf.has(near)) weightOf.set(near, FUZZY_WEIGHT);
    }
    const df = new Map([...weightOf.keys()].map((t) => [t, this.docFreq(t)]));
    const usable = [...weightOf.keys()].sort((a, b) => df.get(a)! - df.get(b)! || (a < b ? -1 : 1));
    let chosen = usable;
    if (this.size > PRUNE_ABOVE) {
      if (usable.length && df.get(usable[0])! > this.size * MAX_RAREST_SHARE) return [];
      chosen = [];
      let postings = 0;
      for (const t of usable) {
        if (chosen.length >= MAX_TERMS || (chosen.length > 0 && postings + df.get(t)! > POSTINGS_BUDGET)) break;
        chosen.push(t);
        postings += df.get(t)!;
      }
    }
    // Sums in a reused array rather than a Map (the same additions in the same order), and only the
    // best `limit` kept rather than all candidates sorted: a rare term can bring a thousand claims.
    const sums = (this.sums ??= new Float64Array(this.size));
    const touched: number[] = [];
    for (const t of chosen) {
      const w = this.idf(t) * weightOf.get(t)!;
      for (let k = 0; k < this.segments.length; k++) {
        const s = this.segments[k];
        for (const c of s.postingsOf(t)) {
          const global = this.bases[k] + c;
          if (sums[global] === 0) touched.push(global);
          sums[global] += w;
        }
      }
    }
    const top: Candidate[] = [];
    if (opts.limit <= 0) {
      for (const claim of touched) sums[claim] = 0;
      return top;
    }
    const before = (a: Candidate, b: Candidate) => a.score > b.score || (a.score === b.score && a.claim < b.claim);
    for (const claim of touched) {
      const sum = sums[claim];
      sums[claim] = 0;
      const [s, c] = this.locate(claim);
      const len = s.lengthOf(c);
      const cand = { claim, score: (sum * (K1 + 1)) / (1 + K1 * (1 - B + (B * len) / this.avgLength)) };
      if (top.length === opts.limit && !before(cand, top[top.length - 1])) continue;
      let at = top.length;
      while (at > 0 && before(cand, top[at - 1])) at--;
      top.splice(at, 0, cand);
      if (top.length > opts.limit) top.pop();
    }
    return top;
  }

  /** For IndexedDB or a file: the segments as stored, tagged with the data version. */
  toStored(version: string): StoredIndex {
    return { format: INDEX_FORMAT, version, size: this.size, segments: this.segments.map((s) => s.toStored()) };
  }

  /** Restores an index saved by toStored(); throws if it belongs to other data. */
  static fromStored(stored: StoredIndex, version: string, size?: number): SearchIndex {
    if (stored.format !== INDEX_FORMAT) throw new Error(`index format ${stored.format} is not ${INDEX_FORMAT}`);
    if (stored.version !== version || (size !== undefined && stored.size !== size)) {
      throw new Error(`index is for data version ${stored.version} (${stored.size} claims), not ${version} (${size ?? '?'})`);
    }
    return new SearchIndex(stored.segments.map((s) => Segment.fromStored(s)));
  }
}

export interface StoredIndex {
  format: number;
  version: string;
  size: number;
  segments: StoredSegment[];
}
