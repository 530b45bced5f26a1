// Candidate generation through MiniSearch (BM25 over an inverted index,
// chosen over Orama in docs/matching.md). Documents are claims with four
// fields — text.ru, text.uk, text.en and the original quote — holding terms
// already analysed by lib/text (stemmed per language, numbers as values), so
// MiniSearch only splits on spaces. The document frequency of each term is
// kept beside the index: re-ranking weighs terms by it, and rare-term pruning
// keeps queries fast on large databases. The analysed terms of every claim
// version are kept too (and serialized), so re-ranking never re-analyses a claim.
import MiniSearch from 'minisearch';
import type { ClaimDatabase } from '../claims/schema';
import { analyze } from '../text/analyze';
import { stemWord, type StemFn } from '../text/stem';
import { claimVersions } from './claim-view';

const FORMAT = 3;

/** One document per claim: the analysed terms of all four versions. Re-ranking compares versions separately. */
interface Doc {
  id: number;
  all: string;
}

const OPTIONS = {
  fields: ['all'],
  idField: 'id',
  tokenize: (s: string) => (s ? s.split(' ') : []),
  processTerm: (t: string) => t,
  searchOptions: { tokenize: (s: string) => (s ? s.split(' ') : []), processTerm: (t: string) => t },
};

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

export interface Candidate {
  /** Index into db.claims. */
  claim: number;
  /** MiniSearch BM25 score (unbounded; only orders candidates). */
  score: number;
}

/** The search side of a Matcher: MiniSearch plus term document frequencies. */
export class SearchIndex {
  private constructor(
    private ms: MiniSearch<Doc>,
    /** Number of claims containing each term, in any version. */
    readonly df: Map<string, number>,
    readonly size: number,
    /** Per claim, the four versions' terms joined by spaces (ru, uk, en, quote). */
    private docTerms: string[][],
  ) {}

  /** Analysed terms of the four versions of claim `i`. */
  terms(i: number): string[][] {
    return this.docTerms[i].map((s) => (s ? s.split(' ') : []));
  }

  /** Analyses every claim and indexes it. */
  static build(db: ClaimDatabase, stem: StemFn = stemWord): SearchIndex {
    const ms = new MiniSearch<Doc>(OPTIONS);
    const df = new Map<string, number>();
    const terms: string[][] = [];
    const docs: Doc[] = db.claims.map((claim, id) => {
      const versions = claimVersions(claim).map((v) => analyze(v.text, v.lang, stem).terms.map((t) => t.stem).join(' '));
      terms.push(versions);
      const seen = new Set(versions.join(' ').split(' ').filter(Boolean));
      for (const s of seen) df.set(s, (df.get(s) ?? 0) + 1);
      return { id, all: versions.join(' ') };
    });
    ms.addAll(docs);
    return new SearchIndex(ms, df, db.claims.length, terms);
  }

  /** Restores an index saved by serialize(); throws if it belongs to other data. */
  static load(db: ClaimDatabase, serialized: string): SearchIndex {
    const data = JSON.parse(serialized) as { format: number; version: string; size: number; index: unknown; df: [string, number][]; terms: string[][] };
    if (data.format !== FORMAT) throw new Error(`index format ${data.format} is not ${FORMAT}`);
    if (data.version !== db.version || data.size !== db.claims.length) {
      throw new Error(`index is for data version ${data.version} (${data.size} claims), not ${db.version} (${db.claims.length})`);
    }
    const ms = MiniSearch.loadJS<Doc>(data.index as Parameters<typeof MiniSearch.loadJS>[0], OPTIONS);
    return new SearchIndex(ms, new Map(data.df), data.size, data.terms);
  }

  /** JSON text for IndexedDB, keyed by the data version it was built from. */
  serialize(version: string): string {
    return JSON.stringify({ format: FORMAT, version, size: this.size, index: this.ms.toJSON(), df: [...this.df], terms: this.docTerms });
  }

  /**
   * BM25 inverse document frequency of a term, with IDF_PRIOR claims added
   * that do not contain it: a database of a few claims says little about
   * which words are rare, and the prior keeps weights (and so calibrated
   * scores) comparable between a 5-claim test database, the bundled one and
   * a 100k-claim pack. Unseen terms get the rarest weight.
   */
  idf(term: string): number {
    const n = this.df.get(term) ?? 0;
    return Math.log(1 + (this.size + IDF_PRIOR - n + 0.5) / (n + 0.5));
  }

  /**
   * Best claims for analysed query terms. Rare-term pruning: on databases
   * larger than PRUNE_ABOVE, only the rarest terms generate candidates, up to
   * POSTINGS_BUDGET postings in all (the rest still count in re-ranking):
   * a statement is found through its specific words, and common words would
   * only make the search slower. With `fuzzy`, terms the index does not hold
   * (typos) are looked up within one edit, two for long words.
   */
  search(terms: string[], opts: { limit: number; fuzzy: boolean }): Candidate[] {
    const df = (t: string) => this.df.get(t) ?? 0;
    const unknown = opts.fuzzy ? [...new Set(terms)].filter((t) => !this.df.has(t) && t.length >= 5 && !/^\d/.test(t)).sort((a, b) => b.length - a.length).slice(0, MAX_FUZZY_TERMS) : [];
    const usable = [...new Set(terms)].filter((t) => this.df.has(t) || unknown.includes(t)).sort((a, b) => df(a) - df(b));
    let chosen = usable;
    if (this.size > PRUNE_ABOVE) {
      if (usable.length && df(usable[0]) > this.size * MAX_RAREST_SHARE) return [];
      chosen = [];
      let postings = 0;
      for (const t of usable) {
        if (chosen.length >= MAX_TERMS || (chosen.length > 0 && postings + df(t) > POSTINGS_BUDGET)) break;
        chosen.push(t);
        postings += df(t);
      }
    }
    if (!chosen.length) return [];
    const results = this.ms.search(chosen.join(' '), {
      combineWith: 'OR',
      prefix: false,
      fuzzy: (term: string) => (!this.df.has(term) ? (term.length >= 10 ? 2 : 1) : false),
      maxFuzzy: 2,
    });
    return results.slice(0, opts.limit).map((r) => ({ claim: r.id as number, score: r.score }));
  }
}
