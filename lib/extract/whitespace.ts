// One notion of "the same text" shared by the article builder and the live-DOM
// text map: news CMSs sprinkle no-break spaces, thin spaces, soft hyphens and
// zero-width joiners through their markup, and a sentence taken from the
// article text must still be found in the page it came from.
//
// The same list drops characters that only steer rendering or a terminal:
// bidirectional marks, embeddings, overrides and isolates (U+202E can make a
// quote read backwards, "Trojan Source" style) and C0/C1 control characters
// (ESC starts terminal escape sequences when `sverka annotate` prints a title).
// Ru/uk/en news text never needs them, and every surface that shows page text
// (panel, exports, command line) then gets what the reader saw, in logical order.

// The set itself lives with the rest of text normalisation (one set for the
// extractor, matching and annotations).
import { INVISIBLE_SET } from '../text/normalize';

/** Characters that render as nothing: soft hyphen, zero-width and bidi controls, word joiner, BOM, control characters. */
export const INVISIBLE_CHARS = new RegExp(`[${INVISIBLE_SET}]`, 'g');

/** Whitespace of any kind (\s covers no-break, thin and ideographic spaces in JS). */
export const ANY_SPACE = /\s+/g;

/** Drops invisible characters, turns every whitespace run into one space, trims. */
export function normalizeSpace(text: string): string {
  return text.replace(INVISIBLE_CHARS, '').replace(ANY_SPACE, ' ').trim();
}

const SKIPPABLE = new RegExp(`[\\s${INVISIBLE_SET}]`);
const SKIPPABLE_RUN = new RegExp(`[\\s${INVISIBLE_SET}]+`, 'g');

/** True for a UTF-16 unit the text map skips: whitespace or an invisible character. */
export function isSkippable(ch: string): boolean {
  const c = ch.charCodeAt(0);
  // Fast path for the common case: printable ASCII and Cyrillic are never skipped.
  if ((c > 0x20 && c < 0x7f) || (c >= 0x400 && c < 0x530)) return false;
  return SKIPPABLE.test(ch);
}

/** The text with every whitespace and invisible character removed: the key the DOM search compares. */
export function squeeze(text: string): string {
  return text.replace(SKIPPABLE_RUN, '');
}
