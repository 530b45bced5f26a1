// The lead (standfirst) many outlets print between the headline and the body
// in its own element — TASS's "b-material__preview", Kommersant's subheader —
// which Readability leaves out because it sits outside the body container.
// Leads carry claims too, so Sverka puts it back when the page's description
// metadata repeats it word for word in a visible element.
import { ldArticle, ldString, type LdNode } from './json-ld';
import { normalizeSpace } from './whitespace';

const MIN_LEAD_CHARS = 40;
const MAX_ELEMENTS = 5_000;

function descriptions(doc: Document, ld: LdNode[]): string[] {
  const meta = (sel: string) => doc.querySelector(sel)?.getAttribute('content') ?? undefined;
  const all = [meta('meta[property="og:description"]'), meta('meta[name="twitter:description"]'), meta('meta[name="description"]'), ldString(ldArticle(ld), 'description')];
  return [...new Set(all.filter((d): d is string => !!d).map(normalizeSpace))];
}

/**
 * The page's lead when the article text lacks it: the og:description (or meta
 * description) text, but only if an element in the body shows exactly that
 * text, so the lead is on screen and can be highlighted. Undefined otherwise.
 */
export function findLead(doc: Document, ld: LdNode[], articleText: string): string | undefined {
  const leads = descriptions(doc, ld).filter((d) => d.length >= MIN_LEAD_CHARS && !articleText.includes(d));
  if (!leads.length || !doc.body) return undefined;
  const els = Array.from(doc.body.querySelectorAll('p, div, h2, h3, h4, span, strong, em, b')).slice(0, MAX_ELEMENTS);
  for (const lead of leads) {
    for (const el of els) {
      const text = el.textContent ?? '';
      const len = text.trim().length;
      if (len < lead.length || len > lead.length * 1.2 + 20) continue;
      if (normalizeSpace(text) === lead && !el.closest('script, noscript, template')) return lead;
    }
  }
  return undefined;
}
