// Text normalisation before tokenising. News pages spell the same word in
// many ways: «ёлочки» and “curly” quotes, ё or е, three Ukrainian apostrophes,
// soft hyphens left by typesetting, zero-width joiners from CMS editors, and
// Latin letters typed inside Cyrillic words ("Підписуйтеcь" with a Latin "c").
// Matching compares normalised forms only, so every variant meets every other.
//
// Every function here keeps string length and offsets where it can: the
// single-character replacements map one UTF-16 unit to one, so positions found
// in normalised text point into the original text too. Only removals
// (`stripInvisible`) shift offsets, and tokenize() accounts for them.

/**
 * The one set of invisible characters (issue 10: it was four sets), as a
 * character-class body for building patterns: soft hyphen, Arabic letter mark,
 * zero-width space/joiners, LRM/RLM, bidi embeddings/overrides (U+202A–E), word
 * joiner, invisible operators, bidi isolates (U+2066–9), BOM, and control
 * characters other than \t \n \v \f \r. Bidi controls can make a quote read
 * backwards ("Trojan Source"); ESC starts terminal escapes in the command line's
 * output; ru/uk/en news text never needs any of them. Used by tokenize(), the
 * extractor's whitespace (lib/extract/whitespace.ts) and annotations.
 */
export const INVISIBLE_SET = '\\u0000-\\u0008\\u000E-\\u001F\\u007F-\\u009F\\u00AD\\u061C\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2069\\uFEFF';

/** Characters that carry no letters (INVISIBLE_SET), global. */
export const INVISIBLE = new RegExp(`[${INVISIBLE_SET}]`, 'g');

const APOSTROPHES = /[\u2019\u02BC\u02B9\u2018\u0060\u00B4\u2032]/g;
const DOUBLE_QUOTES = /[«»„“”‟″〝〞＂]/g;
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
const SPACES = /[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g;
// Any character one of the replacements above changes: most texts have none, and are then scanned once instead of six times.
const REPLACED = new RegExp(`[${[APOSTROPHES, DOUBLE_QUOTES, DASHES, SPACES].map((re) => re.source.slice(1, -1)).join('')}ёЁ]`);

// Latin letters that look exactly like Cyrillic ones. Inside a word that is
// otherwise Cyrillic they are typing slips or obfuscation, never intended.
const LATIN_TO_CYRILLIC: Record<string, string> = {
  a: 'а', c: 'с', e: 'е', o: 'о', p: 'р', x: 'х', y: 'у', i: 'і', k: 'к', m: 'м',
  A: 'А', B: 'В', C: 'С', E: 'Е', H: 'Н', I: 'І', K: 'К', M: 'М', O: 'О', P: 'Р', T: 'Т', X: 'Х', Y: 'У',
};
const WORD = /[\p{L}\p{M}]+/gu;
const CYR = /[\u0400-\u04FF]/g;
const LAT = /[A-Za-z]/g;
const HAS_CYR = /[\u0400-\u04FF]/;
const HAS_LAT = /[A-Za-z]/;

/** Replaces Latin look-alikes inside words that are mostly Cyrillic ("Підписуйтеcь" → "Підписуйтесь"). */
export function foldLookalikes(text: string): string {
  // Only a word with both scripts changes: a text without one of them (most texts) is returned as it is, unscanned.
  if (!HAS_CYR.test(text) || !HAS_LAT.test(text)) return text;
  return text.replace(WORD, (word) => {
    const cyr = word.match(CYR)?.length ?? 0;
    const lat = word.match(LAT)?.length ?? 0;
    if (cyr === 0 || lat === 0 || lat > cyr) return word;
    return word.replace(LAT, (ch) => LATIN_TO_CYRILLIC[ch] ?? ch);
  });
}

/**
 * Length-preserving normalisation: one form for apostrophes ('), double quotes ("),
 * dashes (-), spaces, ё→е / Ё→Е, and Latin look-alikes folded into Cyrillic.
 * Case is kept; tokenize() lower-cases.
 */
export function normalizeChars(text: string): string {
  if (!REPLACED.test(text)) return foldLookalikes(text);
  return foldLookalikes(
    text
      .replace(APOSTROPHES, "'")
      .replace(DOUBLE_QUOTES, '"')
      .replace(DASHES, '-')
      .replace(SPACES, ' ')
      .replace(/ё/g, 'е')
      .replace(/Ё/g, 'Е'),
  );
}

/** Removes soft hyphens and zero-width characters (these shift offsets). */
export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE, '');
}

/** Normalised lower-case form of one raw word, as tokenize() gives it (unmemoised: normWord and factsOf cache it). */
export function normalizeWord(raw: string): string {
  return normalizeChars(stripInvisible(raw.normalize('NFC'))).toLowerCase();
}

/** Full normalisation for comparing two texts: NFC, invisible characters removed, then normalizeChars. */
export function normalizeText(text: string): string {
  return normalizeChars(stripInvisible(text.normalize('NFC')));
}
