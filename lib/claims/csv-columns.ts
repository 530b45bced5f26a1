// Which CSV/TSV column holds which field of a fact-check. Headers are matched
// by name after folding case and separators ("Claim Text", "claim_text" and
// "claimText" are one name), so both plain exports and research corpora that
// flatten schema.org paths (ClaimsKG's extractor writes
// `claimReview_claimReviewed`, `creativeWork_author_name`, …) map without a
// setting. `--columns claim=Statement,url=Link` (CLI) or the options page's
// column mapping names any other header. The accepted names are listed in
// README.md ("Import formats").

export const COLUMN_FIELDS = ['claim', 'claimant', 'date', 'reviewDate', 'rating', 'url', 'publisher', 'language', 'title', 'appearance'] as const;
export type ColumnField = (typeof COLUMN_FIELDS)[number];
export type ColumnMapping = Partial<Record<ColumnField, string>>;

/** Known header names per field, folded (see fold()). The first match in this order wins. */
export const HEADER_NAMES: Record<ColumnField, string[]> = {
  claim: ['claim', 'claimreviewed', 'claimreviewclaimreviewed', 'claimtext', 'statement', 'text', 'quote'],
  claimant: ['claimant', 'speaker', 'author', 'creativeworkauthorname', 'itemreviewedauthorname', 'claimauthor'],
  date: ['date', 'claimdate', 'creativeworkdatepublished', 'itemrevieweddatepublished', 'datepublished'],
  reviewDate: ['reviewdate', 'claimreviewdatepublished', 'reviewdatepublished', 'factcheckdate'],
  rating: ['rating', 'verdict', 'ratingalternatename', 'reviewratingalternatename', 'textualrating', 'label'],
  url: ['url', 'reviewurl', 'claimreviewurl', 'factcheckurl', 'link'],
  publisher: ['publisher', 'factchecker', 'claimreviewauthorname', 'claimreviewpublishername', 'claimreviewsource', 'organization', 'source'],
  language: ['language', 'lang', 'inlanguage', 'claimreviewinlanguage', 'languagecode'],
  title: ['title', 'headline', 'claimreviewheadline', 'extratitle'],
  appearance: ['appearance', 'appearanceurl', 'creativeworkurl', 'claimurl'],
};

/** "Claim Text" / "claim_text" / "claimText" → "claimtext". */
export const fold = (header: string) => header.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * Column index per field for a header row. An explicit mapping wins and must
 * name existing headers (a typo is an error, not a silently empty field).
 */
export function mapColumns(headers: string[], explicit: ColumnMapping = {}): { ok: true; columns: Partial<Record<ColumnField, number>> } | { ok: false; error: string } {
  const folded = headers.map(fold);
  const columns: Partial<Record<ColumnField, number>> = {};
  for (const field of COLUMN_FIELDS) {
    const wanted = explicit[field];
    if (wanted !== undefined) {
      const at = headers.findIndex((h) => h.trim() === wanted.trim());
      const loose = at >= 0 ? at : folded.indexOf(fold(wanted));
      if (loose < 0) return { ok: false, error: `The column mapping names "${wanted}" for ${field}, but the header row has no such column (it has: ${headers.map((h) => `"${h}"`).join(', ')}).` };
      columns[field] = loose;
      continue;
    }
    for (const name of HEADER_NAMES[field]) {
      const at = folded.indexOf(name);
      if (at >= 0 && !Object.values(columns).includes(at)) {
        columns[field] = at;
        break;
      }
    }
  }
  if (columns.claim === undefined) {
    return {
      ok: false,
      error: `No column holds the claim text. The header row has ${headers.map((h) => `"${h}"`).join(', ')}; name the claim column "claim" (or claimReviewed, claimReview_claimReviewed, statement, text), or map it: claim=<column name>.`,
    };
  }
  return { ok: true, columns };
}

/** Parses `claim=Statement,url=Link` (CLI) into a mapping; unknown fields are an error. */
export function parseColumnOption(option: string): { ok: true; mapping: ColumnMapping } | { ok: false; error: string } {
  const mapping: ColumnMapping = {};
  for (const part of option.split(',').map((s) => s.trim()).filter(Boolean)) {
    const eq = part.indexOf('=');
    const field = part.slice(0, eq).trim() as ColumnField;
    if (eq < 1 || !COLUMN_FIELDS.includes(field)) return { ok: false, error: `--columns: "${part}" is not FIELD=COLUMN with FIELD one of ${COLUMN_FIELDS.join(', ')}.` };
    mapping[field] = part.slice(eq + 1).trim();
  }
  return { ok: true, mapping };
}
