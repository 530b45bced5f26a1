// The curated domain lexicon (assets/lexicon/concepts.json, issue 10): words
// that name the same thing in these news ("Вашингтон" for the United States,
// "обращение" for "запрос", "ransomware" for "вымогатели"). It does not change
// the analysed terms — the index, the entities and the stored data keep
// theirs — it is used at query time: retrieval adds a term's concept siblings
// and re-ranking lets a query term meet a claim term of the same concept.
import { z } from 'zod';
import data from '../../assets/lexicon/concepts.json';
import stemsData from '../../assets/lexicon/stems.json';
import type { Lang } from '../types/lang';
import { stemWord, wordLang, type StemFn } from './stem';
import { normWord } from './tokenize';

const Words = z.array(z.string().min(1)).min(1);
const Seat = z.object({ id: z.string().regex(/^[a-z][a-z-]*$/), words: z.object({ ru: Words, uk: Words, en: Words }).strict(), actors: z.array(z.string().min(1)).min(1) }).strict();
export const LexiconFile = z.object({
  about: z.string(),
  /** Seats of government named for the state's executive bodies ("Washington said" = the White House, the State Department…). */
  seats: z.array(Seat).default([]),
  concepts: z.array(z.object({ id: z.string().regex(/^[a-z][a-z-]*$/), words: z.object({ ru: Words, uk: Words, en: Words }).strict() }).strict()).min(1),
}).strict();
export type LexiconFile = z.infer<typeof LexiconFile>;

/**
 * The lexicon as the default stemmer sees it, written by `npm run lexicon`
 * (assets/lexicon/stems.json; tests/unit/lexicon-stems.test.ts holds it equal to
 * lexiconStems() of the committed files): each concept's and each seat's stems.
 * Stemming the ~2,000 wordings took ~25 ms of every worker wake-up in Chromium.
 */
export interface LexiconStems {
  concepts: [id: string, stems: string[]][];
  seats: [id: string, stems: string[], actors: string[]][];
}

/** The stems of every concept and seat of a lexicon file. */
export function lexiconStems(file: LexiconFile, stem: StemFn = stemWord): LexiconStems {
  return {
    concepts: file.concepts.map((c) => [c.id, [...stemsOf(c.words, stem)]]),
    seats: file.seats.map((seat) => [seat.id, [...stemsOf(seat.words, stem)], seat.actors]),
  };
}

/** The stems of a wording in its three languages, each word normalised and stemmed as the analyser does. */
function stemsOf(words: Record<'ru' | 'uk' | 'en', readonly string[]>, stem: StemFn): Set<string> {
  const out = new Set<string>();
  for (const lang of ['ru', 'uk', 'en'] as Lang[]) {
    for (const w of words[lang]) {
      const n = normWord(w);
      out.add(stem(n, wordLang(n, lang)));
    }
  }
  return out;
}

/**
 * Concepts that name a state (its name, capital, adjective, demonym): the qualifier of an office or a body's
 * name ("Минфин США" / "американский Минфин", "секретарь СНБО Украины" / "секретарь украинского СНБО",
 * "Security Service of Ukraine" / "Kyiv's security service"), which news texts put before, inside or after it.
 */
export const COUNTRY_CONCEPTS: ReadonlySet<string> = new Set(['russia', 'usa', 'ukraine', 'china', 'britain']);

/** A lexicon file, read on first use; or, for the default stemmer, its stems as `npm run lexicon` wrote them. */
type FileSource = LexiconFile | (() => LexiconFile) | { stems: () => LexiconStems };
const stemsFrom = (f: FileSource, stem: StemFn): LexiconStems => ('stems' in f ? f.stems() : lexiconStems(typeof f === 'function' ? f() : f, stem));

export class Lexicon {
  private maps?: {
    /** Stem → concept ids. */
    byStem: Map<string, string[]>;
    /** Concept id → member stems. */
    members: Map<string, string[]>;
  };

  constructor(private file: FileSource, private stem: StemFn = stemWord) {}

  private get built(): NonNullable<Lexicon['maps']> {
    if (this.maps) return this.maps;
    const byStem = new Map<string, string[]>();
    const members = new Map<string, string[]>();
    for (const [id, stems] of stemsFrom(this.file, this.stem).concepts) {
      members.set(id, stems);
      for (const s of stems) byStem.set(s, [...(byStem.get(s) ?? []), id]);
    }
    return (this.maps = { byStem, members });
  }

  /** Concepts a stem belongs to (none for most words). */
  concepts(stem: string): readonly string[] {
    return this.built.byStem.get(stem) ?? [];
  }

  /** The country concept of a stem ("американск", "сша", "kyiv" → usa/ukraine), if it names one of COUNTRY_CONCEPTS. */
  country(stem: string): string | undefined {
    return this.concepts(stem).find((c) => COUNTRY_CONCEPTS.has(c));
  }

  /** Concepts of a set of stems. */
  conceptSet(stems: Iterable<string>): Set<string> {
    const out = new Set<string>();
    for (const s of stems) for (const c of this.concepts(s)) out.add(c);
    return out;
  }

  /** Query-side expansion for retrieval: the stems plus the other members of their concepts. */
  expand(stems: string[]): string[] {
    const out = new Set(stems);
    for (const s of stems) for (const c of this.concepts(s)) for (const m of this.built.members.get(c)!) out.add(m);
    return [...out];
  }
}

/**
 * Metonymy of the seat of government (issue 10, class 1): "Washington" /
 * "Вашингтон" speaking stands for the state's executive bodies, so a claim of
 * the State Department or the White House has its speaker named by
 * "Washington" (and one of the Kremlin or the Russian MFA by "Moscow").
 * Persons are never named this way.
 */
export class Seats {
  private byStem?: Map<string, Set<string>>;
  constructor(private file: FileSource, private stem: StemFn = stemWord) {}

  private get built(): Map<string, Set<string>> {
    if (this.byStem) return this.byStem;
    const byStem = new Map<string, Set<string>>();
    for (const [, stems, actors] of stemsFrom(this.file, this.stem).seats) {
      for (const st of stems) {
        const set = byStem.get(st) ?? new Set<string>();
        for (const a of actors) set.add(a);
        byStem.set(st, set);
      }
    }
    return (this.byStem = byStem);
  }

  /** True when one of the query stems is a seat that stands for `actor`. */
  standsFor(stems: Iterable<string>, actor: string): boolean {
    for (const s of stems) if (this.built.get(s)?.has(actor)) return true;
    return false;
  }
}

let bundledFile: LexiconFile | undefined;
/**
 * The bundled lexicon, validated on first use (a broken file fails loudly in tests and at build). Not at
 * module load: validating and stemming it was ~30 ms of every service worker start in Chromium, and most
 * messages (the panel's tab state, annotations) never match.
 */
export const lexiconFile = (): LexiconFile => (bundledFile ??= LexiconFile.parse(data));
const bundledStems = { stems: () => stemsData as LexiconStems };
export const LEXICON = new Lexicon(bundledStems);
export const LEXICON_SEATS = new Seats(bundledStems);
