// CSV for spreadsheets. Excel guesses the encoding of a CSV file and gets
// Cyrillic wrong unless the file starts with a UTF-8 byte order mark; rows end
// in CRLF as RFC 4180 says. Papa Parse does the quoting. A cell that begins
// with = + - @ tab or carriage return would run as a formula in Excel and
// LibreOffice (CSV injection, OWASP): such cells get a leading apostrophe, which
// both show as text. Column names are English and fixed, so files from
// colleagues with different UI languages line up.
import Papa from 'papaparse';
import { byCreated } from '../filter';
import { claimLine, outletLabel, summarizeClaim, type ClaimLookup } from './claims';
import { annotationIri } from './ids';
import type { Annotation } from '../types';
import type { UiLang } from '../../i18n';

export const CSV_COLUMNS = [
  'id', 'url', 'outlet', 'title', 'published', 'quote', 'prefix', 'suffix', 'start', 'end',
  'note', 'stance', 'tags', 'claim_ids', 'linked_statements', 'events', 'created', 'modified',
] as const;

/**
 * Papa Parse's own escapeFormulae pattern (/^[=+\-@\t\r].*$/) misses a cell
 * whose formula is followed by a line break, because "." stops at "\n"; this
 * one looks only at the first character.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Prefixes a formula-looking cell with an apostrophe. Exported for tests and other writers. */
export function neutralizeFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

export function toCsv(annotations: readonly Annotation[], lookup: ClaimLookup, lang: UiLang = 'en'): string {
  const rows = [...annotations].sort(byCreated).map((a) => [
    annotationIri(a.id), a.url, outletLabel(a.outletId, lang) ?? '', a.title, a.published ?? '', a.exact, a.prefix, a.suffix,
    a.start === undefined ? '' : String(a.start), a.end === undefined ? '' : String(a.end),
    a.note, a.stance ?? '', a.tags.join('; '), a.claimIds.join('; '),
    a.claimIds.map((id) => claimLine(summarizeClaim(id, lookup, lang))).join('\n'), a.events.join('; '), a.created, a.modified,
  ].map(neutralizeFormula));
  const body = Papa.unparse({ fields: [...CSV_COLUMNS], data: rows }, { newline: '\r\n', quotes: false, escapeFormulae: false });
  return `\uFEFF${body}\r\n`;
}
