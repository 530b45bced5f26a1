// Reads schema.org JSON-LD from a page without trusting it to be valid: CMSs
// emit raw newlines inside strings, HTML entities in headlines (Ukrinform's
// "&quot;минера&quot;"), @graph wrappers and arrays of types.

/** A JSON-LD node as parsed; only string-valued fields are read from it. */
export type LdNode = Record<string, unknown>;

const ARTICLE_TYPE = /^(?:News|Reportage|Analysis|Opinion|Background|Review|Scholarly|Tech|Satirical|Advertiser)?Article$|^BlogPosting$|^LiveBlogPosting$|^Report$/;

function parseLenient(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    try {
      // Raw control characters inside strings are the most common breakage.
      return JSON.parse(raw.replace(/[\u0000-\u001F]+/g, ' '));
    } catch {
      return undefined;
    }
  }
}

function flatten(value: unknown, out: LdNode[], depth = 0): void {
  if (depth > 6 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const v of value) flatten(v, out, depth + 1);
    return;
  }
  const node = value as LdNode;
  out.push(node);
  if (node['@graph']) flatten(node['@graph'], out, depth + 1);
}

/** Every JSON-LD node on the page, top-level and inside @graph, in document order. */
export function readJsonLd(doc: Document): LdNode[] {
  const nodes: LdNode[] = [];
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    flatten(parseLenient(script.textContent ?? ''), nodes);
  }
  return nodes;
}

/** The node's @type values as strings (schema.org allows a string or an array). */
export function ldTypes(node: LdNode): string[] {
  const t = node['@type'];
  if (typeof t === 'string') return [t];
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === 'string');
  return [];
}

/** The first node typed as an article of some kind (NewsArticle, Article, BlogPosting…). */
export function ldArticle(nodes: LdNode[]): LdNode | undefined {
  return nodes.find((n) => ldTypes(n).some((t) => ARTICLE_TYPE.test(t)));
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0', laquo: '«', raquo: '»', mdash: '—', ndash: '–' };

/** Decodes the HTML entities CMSs leave inside JSON-LD strings (pure: no DOM parser needed). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[body.toLowerCase()] ?? whole;
  });
}

/** A string field of a node, entity-decoded; names of nested objects ({name: …}) are read too. */
export function ldString(node: LdNode | undefined, key: string): string | undefined {
  const v = node?.[key];
  if (typeof v === 'string') return decodeEntities(v).trim() || undefined;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) {
    const names = v.map((x) => (typeof x === 'string' ? x : ldString(x as LdNode, 'name'))).filter(Boolean);
    return names.length ? names.join(', ') : undefined;
  }
  if (v && typeof v === 'object') return ldString(v as LdNode, 'name');
  return undefined;
}
