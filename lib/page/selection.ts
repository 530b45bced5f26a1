// What counts as a quote worth looking up: a selection of at least five words
// (shorter ones are names and phrases the matcher cannot attribute), cut to the
// protocol's 2,000-character limit.

export const MIN_QUOTE_WORDS = 5;
export const MAX_QUOTE_CHARS = 2_000;

/** The selection's text as a quote to look up, or undefined when it is too short. */
export function quoteOf(text: string | undefined | null): string | undefined {
  const clean = (text ?? '').replace(/\s+/g, ' ').trim();
  const words = clean.split(' ').filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (words.length < MIN_QUOTE_WORDS) return undefined;
  return clean.slice(0, MAX_QUOTE_CHARS);
}

/** Where to put the lookup button: just below the end of the selection, in document coordinates. */
export function buttonPosition(selection: Selection, win: Window): { x: number; y: number } | undefined {
  if (!selection.rangeCount) return undefined;
  const rects = selection.getRangeAt(selection.rangeCount - 1).getClientRects();
  const last = rects[rects.length - 1];
  if (!last) return undefined;
  const width = win.innerWidth || 800;
  // Keep the button inside the viewport horizontally (it is about 160 px wide).
  const x = Math.max(4, Math.min(last.right - 20, width - 180)) + win.scrollX;
  return { x, y: last.bottom + 6 + win.scrollY };
}
