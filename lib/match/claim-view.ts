// The versions of a claim as re-ranking sees them: its text in ru, uk and en
// and its original quote, each as a set of analysed terms. A query is
// compared with each version and the best counts, so a Ukrainian sentence is
// judged against the Ukrainian text. Views are made from the terms the
// search index stored at build time (no re-analysis per query) and kept in a
// bounded cache; the full analysis (negations, counted nouns) is made only
// for claims that matched, when contradictions are checked.
import type { Claim } from '../claims/schema';
import type { Lang } from '../types/lang';
import { analyze, type Analysis } from '../text/analyze';
import { MONTH_NAMES } from '../text/dates';
import { stemWord, type StemFn } from '../text/stem';
import type { EntityIndex } from './entities';

export type Field = 'ru' | 'uk' | 'en' | 'q';

export interface VersionView {
  lang: Lang;
  isQuote: boolean;
  /** Every term, names included. */
  stems: Set<string>;
  /** Terms that are not part of an actor's name: what the statement is about. */
  content: Set<string>;
  /** Adjacent pairs "a b" of content terms, for phrase evidence. */
  bigrams: Set<string>;
  /** Adjacent pairs of all terms, names included: the runs of shared wording a verbatim fragment has. */
  pairs: Set<string>;
  /** Actor ids named in this version. */
  actors: Set<string>;
  /** Lexicon concepts of the content terms, filled in by re-ranking on first use. */
  concepts?: Set<string>;
  /** The second parts of the cyber- compounds among the content terms ("кибератак" → "атак"), filled in by re-ranking on first use. */
  parts?: { stems: string[]; concepts: Set<string> };
  /** The numbers the version writes (content terms that are numbers), filled in by re-ranking on first use. */
  numbers?: { value: number; unit: undefined }[];
  /** Content term → the content terms that follow it (from `bigrams`), filled in by re-ranking on first use. */
  next?: Map<string, string[]>;
  /** Sum of the terms' idf, filled in by re-ranking on first use. */
  weight?: number;
  /** Cyrillic content stems by their first 6 letters, and the stems' rests after a Slavic prefix: words of the same root (re-ranking, on first use). */
  roots?: { byHead: Map<string, string[]>; rests: Set<string>; cyrillic: boolean };
}

/** The texts indexed for a claim, per search field (the quote under "q"). */
export function claimVersions(claim: Claim): { field: Field; lang: Lang; text: string }[] {
  return [
    { field: 'ru', lang: 'ru', text: claim.text.ru },
    { field: 'uk', lang: 'uk', text: claim.text.uk },
    { field: 'en', lang: 'en', text: claim.text.en },
    { field: 'q', lang: claim.quoteLang, text: claim.quote },
  ];
}

/**
 * The terms as wording: every number is "#". Shared wording is read with the numbers left open, so a
 * sentence that repeats a claim's words with another figure ("виділили Україні 28 мільйонів доларів" /
 * "38 млн доларів") is seen to repeat it; whether the numbers agree is the numbers' own evidence.
 */
export const wordingOf = (stems: readonly string[]): string[] => stems.map((s) => (/^\d/.test(s) ? '#' : s));

/** Pairs of adjacent terms, the signature of shared wording. */
export function bigramsOf(stems: string[]): Set<string> {
  const out = new Set<string>();
  for (let i = 1; i < stems.length; i++) out.add(`${stems[i - 1]} ${stems[i]}`);
  return out;
}

/**
 * Words of a title that takes a person's office as its attribute: in
 * "спецпредставитель президента РФ", "пресс-секретарь президента",
 * "representative of the President" the president is part of another
 * person's title, not someone the statement involves.
 */
const TITLE_WORDS: Record<'ru' | 'uk' | 'en', string> = {
  ru: 'спецпредставитель спецпредставителя представитель представителя секретарь секретаря помощник помощника советник советника посланник посланника спецпосланник спецпосланника',
  uk: 'спецпредставник спецпредставника представник представника секретар секретаря речник речника помічник помічника радник радника посланець посланця',
  en: 'representative representatives envoy spokesman spokeswoman spokesperson adviser advisor',
};
let titleHeads: Set<string> | undefined;
const isTitleHead = (stem: string | undefined) =>
  stem !== undefined && (titleHeads ??= new Set((['ru', 'uk', 'en'] as const).flatMap((l) => analyze(TITLE_WORDS[l], l).terms.map((t) => t.stem)))).has(stem);

/**
 * Month names (the forms of lib/text/dates.ts's MONTH_NAMES, stemmed) and years: the parts of a date.
 * Re-ranking weighs dates apart (the `date` feature of score.ts), so they stay out of the content
 * measure: "в середине июля 2021 года" must not count as shared wording with every claim made in July 2021.
 */
let monthStems: Set<string> | undefined;
const YEAR = /^(19|20)\d\d$/;
/** True for the stem of a month name or a year (1900–2099). */
export const isDateTerm = (stem: string) =>
  YEAR.test(stem) || (monthStems ??= new Set((['ru', 'uk', 'en'] as const).flatMap((l) => MONTH_NAMES[l].split(' ').map((w) => stemWord(w, l))))).has(stem);

/** The view of a term sequence (a claim version or a query). */
export function viewOf(stems: string[], lang: Lang, entities: EntityIndex, isQuote = false): VersionView {
  const mentions = entities.find(stems);
  const inName = new Set<number>();
  for (const m of mentions) for (let i = m.from; i <= m.to; i++) inName.add(i);
  const content = stems.filter((s, i) => !inName.has(i) && !isDateTerm(s));
  // A person named as the attribute of a title ("спецпредставителя президента РФ") is not an actor of
  // the text; a body is ("представитель Кремля" speaks for the Kremlin). The words stay out of the content.
  const actors = mentions.filter((m) => !(isTitleHead(stems[m.from - 1]) && entities.isPerson(m.actorId))).map((m) => m.actorId);
  return { lang, isQuote, stems: new Set(stems), content: new Set(content), bigrams: bigramsOf(content), pairs: bigramsOf(wordingOf(stems)), actors: new Set(actors) };
}

/** Whether two views hold the same term sets (objects, not just equal contents): they score alike. */
export function sameTerms(a: VersionView, b: VersionView): boolean {
  return a.stems === b.stems && a.content === b.content && a.bigrams === b.bigrams && a.actors === b.actors;
}

/** Bounded cache of claim views built from stored terms, evicting the oldest entry. */
export class ClaimViews {
  private cache = new Map<number, VersionView[]>();
  private full = new Map<number, Analysis[]>();

  constructor(
    private claims: Claim[],
    private terms: (claim: number) => string[][],
    private entities: EntityIndex,
    private stem: StemFn = stemWord,
    private max = 20_000,
  ) {}

  /** The four versions of claim number `i` (ru, uk, en, quote). */
  get(i: number): VersionView[] {
    let views = this.cache.get(i);
    if (views) return views;
    const terms = this.terms(i);
    // One term list shared by the four versions (an untranslated imported claim) makes one set of
    // term sets, shared by the four views: re-ranking then scores it once (score.ts, sameTerms).
    const made: VersionView[] = [];
    views = claimVersions(this.claims[i]).map((v, k) => {
      const j = terms.indexOf(terms[k]);
      const { stems, content, bigrams, pairs, actors } = j < k ? made[j] : viewOf(terms[k], v.lang, this.entities);
      return (made[k] = { lang: v.lang, isQuote: v.field === 'q', stems, content, bigrams, pairs, actors });
    });
    if (this.cache.size >= this.max) this.cache.delete(this.cache.keys().next().value as number);
    this.cache.set(i, views);
    return views;
  }

  /** Full analyses of the four versions, for contradiction checks on matched claims. */
  analyses(i: number): Analysis[] {
    let a = this.full.get(i);
    if (!a) {
      a = claimVersions(this.claims[i]).map((v) => analyze(v.text, v.lang, this.stem));
      if (this.full.size >= 2000) this.full.clear();
      this.full.set(i, a);
    }
    return a;
  }
}
