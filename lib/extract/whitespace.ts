// One notion of "the same text" shared by the article builder and the live-DOM
// text map: news CMSs sprinkle no-break spaces, thin spaces, soft hyphens and
// zero-width joiners through their markup, and a sentence taken from the
// article text must still be found in the page it came from.

/** Characters that render as nothing: soft hyphen, zero-width space/joiners, word joiner, BOM. */
export const INVISIBLE_CHARS = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;

/** Whitespace of any kind (\s covers no-break, thin and ideographic spaces in JS). */
export const ANY_SPACE = /\s+/g;

/** Drops invisible characters, turns every whitespace run into one space, trims. */
export function normalizeSpace(text: string): string {
  return text.replace(INVISIBLE_CHARS, '').replace(ANY_SPACE, ' ').trim();
}

const SKIPPABLE = /[\s\u00AD\u200B-\u200D\u2060\uFEFF]/;

/** True for a UTF-16 unit the text map skips: whitespace or an invisible character. */
export function isSkippable(ch: string): boolean {
  const c = ch.charCodeAt(0);
  // Fast path for the common case: printable ASCII and Cyrillic are never skipped.
  if ((c > 0x20 && c < 0x7f) || (c >= 0x400 && c < 0x530)) return false;
  return SKIPPABLE.test(ch);
}

/** The text with every whitespace and invisible character removed: the key the DOM search compares. */
export function squeeze(text: string): string {
  return text.replace(/[\s\u00AD\u200B-\u200D\u2060\uFEFF]+/g, '');
}
