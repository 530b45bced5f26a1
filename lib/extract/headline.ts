// The headline on the live page (issue 10, class 3): the article's title is
// matched as a sentence, and when it matches it is highlighted like one. It is
// not part of the article text (its offset is HEADLINE_START, -1), so it is
// found by itself: the page's <h1> or schema.org headline element whose text is
// the extracted title. Read-only, like the rest of lib/extract.
import { squeeze } from './whitespace';

/** The offset that stands for the headline in findings, marks and messages. */
export const HEADLINE_START = -1;

// Comparison key: no whitespace or invisible characters, one case, one kind of quote and dash.
const key = (text: string | null | undefined) =>
  squeeze(text ?? '')
    .toLowerCase()
    .replace(/[«»„“”"'’‘`]/g, '')
    .replace(/[‐‑‒–—―-]/g, '-');

// Where outlets put the headline, most specific first; h2 only when the page has no h1 that fits.
const SELECTORS = ['h1', '[itemprop="headline"]', 'header h2', 'article h2'];

/**
 * The element showing `title`: one whose text is the title, else one whose text contains it or is most
 * of it (a kicker or a trailing site name around the headline). Undefined when none fits.
 */
export function headlineElement(doc: Document, title: string): Element | undefined {
  const want = key(title);
  if (want.length < 8) return undefined;
  const candidates = SELECTORS.flatMap((s) => [...doc.querySelectorAll(s)]).filter((el) => !el.closest('[hidden], [aria-hidden="true"]'));
  const exact = candidates.find((el) => key(el.textContent) === want);
  if (exact) return exact;
  return candidates.find((el) => {
    const got = key(el.textContent);
    return got.length >= 8 && (got.includes(want) ? want.length >= got.length * 0.6 : want.includes(got) && got.length >= want.length * 0.6);
  });
}

/** A range over the headline's text, for highlighting; undefined when the page shows no such headline. */
export function headlineRange(doc: Document, title: string): Range | undefined {
  const el = headlineElement(doc, title);
  if (!el) return undefined;
  const range = doc.createRange();
  range.selectNodeContents(el);
  return range;
}
