// The background's handlers for annotation messages (lib/annotations/protocol.ts).
// Each takes a payload already validated by the receiver, returns a Result and
// never throws. The background passes the database and the clock; the claim
// data for exports is read from the same database, so a pack's statements are
// cited like bundled ones.
import { findAnnotations, importAnnotationRecords, insertAnnotation, editAnnotation, nextModified, removeAnnotation, type AnnotationImportReport, type AnnotationsDb } from '../db/annotations';
import { readDatabase } from '../db/sync-bundled';
import { buildExport, claimLookup, readJsonLd, type ReportMeta } from '../annotations/export';
import { normalizeTags, pageKey, uniqueIds } from '../annotations/normalize';
import { outletForUrl } from '../outlets';
import { getUiLang, type UiLang } from '../i18n';
import type { AnnotationContentMessage, AnnotationMessage } from '../annotations/protocol';
import type { AnchorReport, Annotation, AnnotationFilter, ExportFile } from '../annotations/types';
import type { ArticleFindings } from '../match/types';
import type { Result } from '../protocol';

export type { AnnotationImportReport, AnnotationsDb };

const fail = (e: unknown): { ok: false; error: string } => ({ ok: false, error: e instanceof Error ? e.message : String(e) });

/** Saves a new annotation from a selection or a matched statement. */
export async function saveAnnotation(
  db: AnnotationsDb, payload: AnnotationMessage['saveAnnotation'], now: () => Date, newId: () => string = () => crypto.randomUUID(),
): Promise<Result<Annotation>> {
  try {
    const { target } = payload;
    const url = pageKey(target.url);
    const at = now().toISOString();
    const annotation: Annotation = {
      id: newId(),
      url,
      title: target.title,
      exact: target.exact,
      prefix: target.prefix ?? '',
      suffix: target.suffix ?? '',
      note: payload.note,
      tags: normalizeTags(payload.tags),
      claimIds: uniqueIds(payload.claimIds),
      events: uniqueIds(payload.events ?? []),
      created: at,
      modified: at,
    };
    if (target.start !== undefined && target.end !== undefined) {
      annotation.start = target.start;
      annotation.end = target.end;
    }
    if (payload.stance) annotation.stance = payload.stance;
    const outlet = outletForUrl(url);
    if (outlet) annotation.outletId = outlet.id;
    if (payload.published) annotation.published = payload.published;
    return await insertAnnotation(db, annotation);
  } catch (e) {
    return fail(e);
  }
}

/** Saves a page note: an annotation of the whole page, with no quote and no selectors. */
export async function savePageNote(
  db: AnnotationsDb, payload: AnnotationMessage['savePageNote'], now: () => Date, newId: () => string = () => crypto.randomUUID(),
): Promise<Result<Annotation>> {
  const { url, title, published, events, ...body } = payload;
  return saveAnnotation(db, { ...body, published, events, target: { url, title, exact: '' } as AnnotationMessage['saveAnnotation']['target'] }, now, newId);
}

/** Edits note, tags, stance and links; merged with, or refused against, a change made meanwhile in another tab. */
export async function updateAnnotation(db: AnnotationsDb, payload: AnnotationMessage['updateAnnotation'], now: () => Date): Promise<Result<Annotation>> {
  try {
    return await editAnnotation(db, payload, now());
  } catch (e) {
    return fail(e);
  }
}

export async function deleteAnnotation(db: AnnotationsDb, payload: AnnotationMessage['deleteAnnotation']): Promise<Result<null>> {
  try {
    return await removeAnnotation(db, payload.id);
  } catch (e) {
    return fail(e);
  }
}

export async function listAnnotations(db: AnnotationsDb, filter: AnnotationFilter): Promise<Result<Annotation[]>> {
  try {
    return { ok: true, value: await findAnnotations(db, filter) };
  } catch (e) {
    return fail(e);
  }
}

/** This page's annotations, for the content script to anchor and the panel to list. */
export async function pageAnnotations(db: AnnotationsDb, url: string): Promise<Result<Annotation[]>> {
  return listAnnotations(db, { url });
}

/**
 * The content script's getPageAnnotations. A page only ever gets its own
 * annotations: the URL it asks for must be the page it runs in (the sender's
 * URL, which the browser sets), whatever the message says.
 */
export async function contentPageAnnotations(db: AnnotationsDb, payload: AnnotationContentMessage['getPageAnnotations'], senderUrl: string | undefined): Promise<Result<Annotation[]>> {
  if (!senderUrl || pageKey(senderUrl) !== pageKey(payload.url)) return { ok: false, error: 'A page can only read its own annotations.' };
  return pageAnnotations(db, senderUrl);
}

/**
 * After the content script anchored annotations that had no quote (an
 * imported XPath/Range selector or a position alone): stores the quote and
 * position it found, so later visits anchor the normal way and the panel shows
 * the quote. Only for annotations of the page that reported (`senderUrl`, set
 * by the browser) that still have no quote. Resolves to the number stored.
 */
export async function storeDerivedSelectors(db: AnnotationsDb, senderUrl: string | undefined, results: readonly AnchorReport[], now: () => Date): Promise<number> {
  const found = results.filter((r) => r.derived && r.status !== 'orphan');
  if (!senderUrl || !found.length) return 0;
  const page = pageKey(senderUrl);
  return db.transaction('rw', db.annotations, async () => {
    let stored = 0;
    for (const r of found) {
      const a = await db.annotations.get(r.id);
      if (!a || a.exact || pageKey(a.url) !== page) continue;
      const { xrange: _placed, ...rest } = a;
      const { exact, prefix, suffix, start, end } = r.derived!;
      await db.annotations.put({ ...rest, exact, prefix, suffix, start, end, modified: nextModified(a.modified, now()) });
      stored++;
    }
    return stored;
  });
}

export interface ExportInput {
  scope: 'page' | 'all';
  url?: string;
  format: 'jsonld' | 'csv' | 'md' | 'report';
  /** The message's tab (for the report); ignored here — the background reads its findings into `findings`/`meta`. */
  tabId?: number;
  /** For format "report": the tab's findings (from its tab state). */
  findings?: ArticleFindings;
  /** For format "report": the article (tab state's article metadata + outlet); defaults to the url. */
  meta?: ReportMeta;
}

/** A file of this page's or all annotations, or this page's findings report, in the UI language. */
export async function exportAnnotations(db: AnnotationsDb, input: ExportInput, now: () => Date = () => new Date(), lang: UiLang = getUiLang()): Promise<Result<ExportFile>> {
  try {
    if (input.scope === 'page' && !input.url) return { ok: false, error: 'Which page? The export of one page needs its address.' };
    const annotations = input.format === 'report' ? [] : await findAnnotations(db, input.scope === 'page' ? { url: input.url } : {});
    // Claims are cited in CSV, Markdown and the report; JSON-LD only links their ids.
    const data = input.format === 'jsonld' ? {} : await readDatabase(db);
    const meta = input.meta ?? { url: input.url ?? '', title: '' };
    return buildExport(input.format, annotations, {
      scope: input.scope,
      url: input.url,
      lookup: claimLookup(data),
      lang,
      now: now(),
      report: input.findings ? { meta, findings: input.findings } : undefined,
    });
  } catch (e) {
    return fail(e);
  }
}

/** Imports a JSON-LD file: checked whole first (a malformed file changes nothing), duplicates skipped and reported, annotations Sverka cannot place listed with the reason. */
export async function importAnnotations(db: AnnotationsDb, payload: AnnotationMessage['importAnnotations'], now: () => Date): Promise<Result<AnnotationImportReport>> {
  try {
    const parsed = readJsonLd(payload.fileName, payload.text, now);
    if (!parsed.ok) return parsed;
    const stored = await importAnnotationRecords(db, parsed.value.annotations, payload.fileName);
    return stored.ok ? { ok: true, value: { ...stored.value, notImported: parsed.value.notImported } } : stored;
  } catch (e) {
    return fail(e);
  }
}
