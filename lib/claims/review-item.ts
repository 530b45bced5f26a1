// One fact-check, whatever file it came from. JSON-LD ClaimReviews, DataFeed
// items, JSON Lines and CSV/TSV rows are all read into this shape first, so
// validation, de-duplication and the mapping to Sverka records
// (lib/claims/claimreview.ts) exist once. Every field is a string copied from
// the file, or absent: nothing here is guessed or translated.

/** Where the statement appeared (an article, a video), as the file lists it. */
export interface Appearance {
  url?: string;
  title?: string;
  /** Publisher or author name of the appearance. */
  outlet?: string;
  date?: string;
}

export interface ReviewItem {
  /** 1-based number of the item in the file (the line for JSON Lines and CSV, counting the header as line 1). */
  n: number;
  /** What the item is called in messages: "item 12", "line 40". */
  where: string;
  claim?: string;
  claimant?: string;
  /** The claimant is an organisation (schema.org Organization types). */
  claimantIsBody?: boolean;
  /** The day the statement was made (itemReviewed.datePublished). */
  claimDate?: string;
  /** The day the fact-check was published. */
  reviewDate?: string;
  /** The fact-checker (review author or publisher). */
  publisher?: string;
  /** The fact-check's own address. */
  url?: string;
  title?: string;
  rating?: string;
  /** Declared language (inLanguage, a language column): a BCP 47 tag or a name as written. */
  language?: string;
  appearances: Appearance[];
}

type Node = Record<string, unknown>;

export const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);
const typeName = (t: unknown) => (typeof t === 'string' ? t.replace(/^.*[/:#]/, '') : '');
export const hasType = (n: Node, ...names: string[]) => [n['@type']].flat().some((t) => names.includes(typeName(t)));

/** A string value (first of a list, `@value` of a literal, numbers as text), trimmed; undefined when empty. */
export function text(v: unknown): string | undefined {
  const first = Array.isArray(v) ? v[0] : v;
  const value = isNode(first) ? first['@value'] : first;
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

/** Resolves `{"@id": "#x"}` references against the nodes of one document. */
export type Resolve = (v: unknown) => Node | string | undefined;

export function resolver(byId: Map<string, Node>): Resolve {
  return (v) => {
    const first = Array.isArray(v) ? v[0] : v;
    if (isNode(first) && typeof first['@id'] === 'string' && byId.has(first['@id'])) return byId.get(first['@id']);
    return isNode(first) || typeof first === 'string' ? first : undefined;
  };
}

/** A schema.org ClaimReview object (with or without @type/@context) as a ReviewItem. */
export function fromClaimReview(review: Node, n: number, where: string, one: Resolve): ReviewItem {
  const all = (v: unknown) => [v].flat().map(one).filter(isNode);
  const name = (v: unknown) => {
    const x = one(v);
    return isNode(x) ? text(x.name) : text(x);
  };
  const item = one(review.itemReviewed);
  const claim = isNode(item) ? item : {};
  const speaker = one(claim.author);
  const rating = one(review.reviewRating);
  const lang = review.inLanguage ?? claim.inLanguage;
  const appearances = [...all(claim.firstAppearance), ...all(claim.appearance)].map((a) => ({
    url: text(a.url), title: text(a.headline) ?? text(a.name), outlet: name(a.publisher) ?? name(a.author), date: text(a.datePublished),
  }));
  return {
    n, where,
    claim: text(review.claimReviewed) ?? text(claim.text) ?? text(claim.name),
    claimant: name(claim.author),
    claimantIsBody: isNode(speaker) && hasType(speaker, 'Organization', 'GovernmentOrganization', 'NewsMediaOrganization'),
    claimDate: text(claim.datePublished) ?? text(claim.dateCreated),
    reviewDate: text(review.datePublished),
    publisher: name(review.author) ?? name(review.publisher),
    url: text(review.url),
    title: text(review.headline) ?? text(review.name),
    rating: isNode(rating) ? text(rating.alternateName) ?? ratingValue(rating) : undefined,
    language: isNode(lang) ? text(lang.alternateName) ?? text(lang.name) : text(lang),
    appearances,
  };
}

function ratingValue(rating: Node): string | undefined {
  const value = text(rating.ratingValue);
  const best = text(rating.bestRating);
  return value && best ? `${value}/${best}` : value;
}
