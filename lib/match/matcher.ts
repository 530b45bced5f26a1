// The matcher the background, the command line and the benchmarks share:
// a search index over the claim database plus re-ranking, quote lookup and
// whole-article matching with possible contradictions.
import type { ClaimDatabase } from '../claims/schema';
import { analyze } from '../text/analyze';
import { stemWord, type StemFn } from '../text/stem';
import { splitSentences } from '../text/sentences';
import { LEXICON, LEXICON_FILE, Lexicon } from '../text/lexicon';
import { topicEvents } from './article';
import { ClaimViews, viewOf } from './claim-view';
import { contradictionMap, findContradictions, type MatchedSentence } from './contradictions';
import { EntityIndex } from './entities';
import { ROLES } from './roles';
import { MATCH_THRESHOLD, scoreClaim, type Evidence, type QueryView } from './score';
import { SearchIndex } from './search-index';
import type { ArticleFindings, Match, SentenceMatch } from './types';

/** Candidates re-ranked per query: quote lookup looks deeper than article sentences. */
const CANDIDATES = { text: 12, sentence: 8 };
/** Sentences with fewer content terms than this are not matched (headings, captions, "Об этом сообщает ТАСС"). */
const MIN_TERMS = 3;
/** Longest text matched as one query; longer selections are split into sentences. */
const MAX_QUERY_TERMS = 60;

/** Actor names plus role phrases ("глава МИД России") of the offices the actors held. */
function entityIndex(db: ClaimDatabase, stem: StemFn): EntityIndex {
  return EntityIndex.build(db.actors, stem, ROLES.nameForms(new Set(db.actors.map((a) => a.id))));
}

/** Options for tools; the extension uses the defaults. */
export interface MatcherOptions {
  /** Stemming function (default @orama/stemmers); scripts/compare-stemmers.ts swaps it. */
  stem?: StemFn;
}

interface Scored {
  claim: number;
  ev: Evidence;
  query: QueryView;
  text: string;
}

/** Matches texts against one claim database. Build once per data version; serialize() to persist. */
export class Matcher {
  private views: ClaimViews;
  private curated: ReturnType<typeof contradictionMap>;
  private byId: Map<string, number>;
  private lexicon: Lexicon;

  private constructor(
    readonly db: ClaimDatabase,
    private index: SearchIndex,
    private entities: EntityIndex,
    private stem: StemFn,
  ) {
    this.views = new ClaimViews(db.claims, (i) => index.terms(i), entities, stem);
    this.curated = contradictionMap(db.relations);
    this.byId = new Map(db.claims.map((c, i) => [c.id, i]));
    this.lexicon = stem === stemWord ? LEXICON : new Lexicon(LEXICON_FILE, stem);
  }

  /** Analyses and indexes the whole database (milliseconds for the bundled data; see docs/matching.md). */
  static build(db: ClaimDatabase, opts: MatcherOptions = {}): Matcher {
    const stem = opts.stem ?? stemWord;
    return new Matcher(db, SearchIndex.build(db, stem), entityIndex(db, stem), stem);
  }

  /** Restores a matcher from serialize() output; throws when it was built from other data. */
  static load(db: ClaimDatabase, serialized: string, opts: MatcherOptions = {}): Matcher {
    const stem = opts.stem ?? stemWord;
    return new Matcher(db, SearchIndex.load(db, serialized), entityIndex(db, stem), stem);
  }

  /** The index as JSON text, tagged with the data version (store it keyed by db.version). */
  serialize(): string {
    return this.index.serialize(this.db.version);
  }

  /** Quote lookup: claims a selection (five words to a paragraph) states, best first, at or above the threshold. */
  matchText(text: string, opts: { top?: number } = {}): Match[] {
    const top = opts.top ?? 5;
    const best = new Map<number, Scored>();
    const keep = (list: Scored[]) => {
      for (const s of list) if ((best.get(s.claim)?.ev.score ?? -1) < s.ev.score) best.set(s.claim, s);
    };
    const whole = analyze(text, undefined, this.stem);
    if (whole.terms.length <= MAX_QUERY_TERMS) keep(this.query(text, true));
    const sentences = splitSentences(text, whole.lang);
    if (sentences.length > 1 || whole.terms.length > MAX_QUERY_TERMS) {
      for (const s of sentences) keep(this.query(s.text, true));
    }
    return [...best.values()]
      .filter((s) => s.ev.score >= MATCH_THRESHOLD)
      .sort((a, b) => b.ev.score - a.ev.score)
      .slice(0, top)
      .map((s) => this.toMatch(s));
  }

  /**
   * Article matching: every sentence against the database, grouped by sentence, with possible contradictions.
   * `headline` (the article's title) is matched as a sentence too: it counts for the on-topic rule
   * (headline + one sentence of the same event make a short brief qualify) and is listed with
   * offsets -1, since it is not part of the article text; contradictions are looked for in the body only.
   */
  matchSentences(sentences: { text: string; start: number; end: number }[], opts: { headline?: string } = {}): ArticleFindings {
    const matched: MatchedSentence[] = [];
    const matches: SentenceMatch[] = [];
    const headline = opts.headline?.trim();
    if (headline) {
      const found = this.query(headline, false).filter((s) => s.ev.score >= MATCH_THRESHOLD).slice(0, 3);
      if (found.length) matches.push({ sentence: headline, start: -1, end: -1, claims: found.map((s) => this.toMatch(s)), headline: true });
    }
    for (const sentence of sentences) {
      const found = this.query(sentence.text, false).filter((s) => s.ev.score >= MATCH_THRESHOLD).slice(0, 3);
      if (!found.length) continue;
      matches.push({ sentence: sentence.text, start: sentence.start, end: sentence.end, claims: found.map((s) => this.toMatch(s)) });
      matched.push({
        sentence,
        analysis: found[0].query.analysis,
        claims: found.map((s) => ({ claim: s.claim, score: s.ev.score, analyses: this.views.analyses(s.claim), best: s.ev.version })),
      });
    }
    const events = topicEvents(matches, (id) => this.db.claims[this.byId.get(id)!]);
    if (!events.length) return { onTopic: false, events: [], matches: [], contradictions: [] };
    const contradictions = findContradictions(this.db, matched, this.curated, (id) => this.entities.displayName(id));
    return { onTopic: true, events, matches, contradictions };
  }

  /**
   * Every re-ranked candidate of one query with its features, best first, no
   * threshold: what `npm run fit` learns from and the eval diagnoses.
   */
  candidates(text: string): { claimId: string; score: number; features: Record<string, number> }[] {
    return this.query(text, true).map((s) => ({ claimId: this.db.claims[s.claim].id, score: s.ev.score, features: s.ev.features }));
  }

  /** Candidates from the index, re-ranked with calibrated scores, best first. */
  private query(text: string, fuzzy: boolean): Scored[] {
    const analysis = analyze(text, undefined, this.stem);
    if (analysis.terms.length < MIN_TERMS) return [];
    const stems = analysis.terms.map((t) => t.stem);
    if (!stems.some((s) => this.index.df.has(s)) && !fuzzy) return [];
    const query: QueryView = { view: viewOf(stems, analysis.lang, this.entities), analysis };
    const idf = (t: string) => this.index.idf(t);
    // Query-side lexicon expansion for quote lookup: a claim that says "США" is a candidate for
    // "Вашингтон". Article sentences are not expanded (it doubled matching time on the real pages);
    // their re-ranking still meets synonyms through the lexicon.
    return this.index
      .search(fuzzy ? this.lexicon.expand(stems) : stems, { limit: fuzzy ? CANDIDATES.text : CANDIDATES.sentence, fuzzy })
      .map((c) => ({ claim: c.claim, ev: scoreClaim(query, this.db.claims[c.claim], this.views.get(c.claim), idf, fuzzy, this.lexicon), query, text }))
      .sort((a, b) => b.ev.score - a.ev.score);
  }

  private toMatch(s: Scored): Match {
    const c = this.db.claims[s.claim];
    const lang = s.query.view.lang;
    const { tokens, terms } = s.query.analysis;
    const words = s.ev.matchedTerms.map((i) => {
      const t = tokens[terms[i].token];
      return s.text.slice(t.start, t.end);
    });
    return {
      claimId: c.id,
      score: Math.round(s.ev.score * 1000) / 1000,
      speaker: { id: c.speaker, name: this.entities.displayName(c.speaker) },
      date: c.date,
      event: c.event,
      quote: c.quote,
      quoteLang: c.quoteLang,
      text: c.text,
      sources: c.sources,
      why: {
        names: s.ev.actors.map((a) => this.entities.displayName(a)[lang]),
        numbers: s.ev.numbers,
        terms: [...new Set(words)],
      },
    };
  }
}
