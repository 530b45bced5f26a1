// One entry point for every export format, shared by the background
// (lib/service/annotations.ts) and the command line (cli/export.ts), so a file
// made in the browser and one made by `sverka export` are the same.
import { toJsonLd } from './jsonld';
import { toCsv } from './csv';
import { toMarkdown } from './markdown';
import { findingsReport, type ReportMeta } from './report';
import type { ClaimLookup } from './claims';
import type { Annotation, ExportFile, ExportFormat } from '../types';
import type { ArticleFindings } from '../../match/types';
import type { UiLang } from '../../i18n';
import type { Result } from '../../types/result';

export { toJsonLd, toCollection, toW3C, motivationOf, ANNO_CONTEXT, SVERKA_CONTEXT, type W3CAnnotation, type W3CCollection } from './jsonld';
export { parseJsonLd } from './jsonld-import';
export { toCsv, neutralizeFormula, CSV_COLUMNS } from './csv';
export { toMarkdown, escapeMd } from './markdown';
export { findingsReport, type ReportMeta } from './report';
export { claimLookup, type ClaimLookup } from './claims';

export const MIME_TYPES: Record<ExportFormat, string> = {
  jsonld: 'application/ld+json',
  csv: 'text/csv;charset=utf-8',
  md: 'text/markdown;charset=utf-8',
  report: 'text/markdown;charset=utf-8',
};

const EXTENSIONS: Record<ExportFormat, string> = { jsonld: 'jsonld', csv: 'csv', md: 'md', report: 'md' };

export interface ExportContext {
  scope: 'page' | 'all';
  /** The page, for scope "page" (names the file). */
  url?: string;
  lookup: ClaimLookup;
  lang: UiLang;
  /** Dates the file name only; the contents do not depend on it. */
  now: Date;
  /** For format "report": the page's findings and article metadata. */
  report?: { meta: ReportMeta; findings: ArticleFindings };
}

/** "tass-ru-politika-4430563" from a page URL: readable, safe in every file system. */
function slug(url: string): string {
  let text = url;
  try {
    const u = new URL(url);
    text = `${u.hostname.replace(/^www\./, '')}${u.pathname}`;
  } catch {
    // Not a URL: slug the text itself.
  }
  return text.toLowerCase().replace(/[^a-z0-9\u0400-\u04ff]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'page';
}

export function exportFileName(format: ExportFormat, scope: 'page' | 'all', url: string | undefined, now: Date): string {
  const what = format === 'report' ? 'sverka-findings' : 'sverka-annotations';
  const which = scope === 'all' || !url ? 'all' : slug(url);
  return `${what}-${which}-${now.toISOString().slice(0, 10)}.${EXTENSIONS[format]}`;
}

/** The file for `format`; the findings report needs `ctx.report`. */
export function buildExport(format: ExportFormat, annotations: readonly Annotation[], ctx: ExportContext): Result<ExportFile> {
  let text: string;
  switch (format) {
    case 'jsonld':
      text = toJsonLd(annotations, ctx.scope === 'page' && ctx.url ? `Sverka annotations: ${ctx.url}` : 'Sverka annotations');
      break;
    case 'csv':
      text = toCsv(annotations, ctx.lookup, ctx.lang);
      break;
    case 'md':
      text = toMarkdown(annotations, ctx.lookup, ctx.lang);
      break;
    case 'report':
      if (!ctx.report) return { ok: false, error: 'There are no findings for this page yet: the report can be exported once Sverka has read the page.' };
      text = findingsReport(ctx.report.meta, ctx.report.findings, ctx.lookup, ctx.lang);
      break;
  }
  return { ok: true, value: { fileName: exportFileName(format, ctx.scope, ctx.url, ctx.now), mimeType: MIME_TYPES[format], text } };
}
