// Splits text into word and number tokens with offsets into the ORIGINAL
// text, so a match can be highlighted on the page exactly where it is. Each
// token also carries its normalised, lower-cased form, which is what the
// rest of the pipeline compares.
import { memo } from './memo';
import { INVISIBLE_SET, normalizeWord } from './normalize';
import { factsOf, type WordFacts } from './word-facts';

export interface Token {
  /** Normalised, lower-cased form (ё→е, look-alikes folded, apostrophes unified). */
  norm: string;
  /** Offsets into the text given to tokenize(). */
  start: number;
  end: number;
  kind: 'word' | 'number';
}

const INV = INVISIBLE_SET;
// A word: letters (with combining marks and invisible characters inside),
// optionally joined by an apostrophe (Ukrainian "зв'язок", English "don't").
// Hyphens split words: "пресс-служба" gives two tokens, each stemmable.
const WORD_SRC = `[\\p{L}${INV}][\\p{L}\\p{M}${INV}]*(?:['’ʼ‘\`][\\p{L}][\\p{L}\\p{M}${INV}]*)*`;
// A number: digits with thousands separators (space, thin space, comma, dot) and a decimal part.
const NUMBER_SRC = `\\d+(?:[.,]\\d+)*`;
const TOKEN = new RegExp(`(${WORD_SRC})|(${NUMBER_SRC})`, 'gu');

/** Normalised lower-case form of one raw word. */
export const normWord: (raw: string) => string = memo(normalizeWord);

/** Word and number tokens of `text`, in order. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index;
    const end = start + m[0].length;
    if (m[1] !== undefined) {
      const norm = normWord(m[1]);
      if (norm) out.push({ norm, start, end, kind: 'word' });
    } else {
      out.push({ norm: m[0], start, end, kind: 'number' });
    }
  }
  return out;
}

/**
 * tokenize() with each word token's facts (lib/text/word-facts.ts) at the
 * same index (undefined for numbers): analyze() reads a word's month, number
 * value, stop-word bits and stem from the one cache entry found here.
 */
export function tokenizeFacts(text: string): { tokens: Token[]; facts: (WordFacts | undefined)[] } {
  const tokens: Token[] = [];
  const facts: (WordFacts | undefined)[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index;
    const end = start + m[0].length;
    if (m[1] !== undefined) {
      const f = factsOf(m[1]);
      if (!f.norm) continue;
      tokens.push({ norm: f.norm, start, end, kind: 'word' });
      facts.push(f);
    } else {
      tokens.push({ norm: m[0], start, end, kind: 'number' });
      facts.push(undefined);
    }
  }
  return { tokens, facts };
}
