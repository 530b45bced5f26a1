// The annotation messages, validated with zod at the receiver like every
// other message (lib/protocol.ts spreads these maps into its own). Upper
// bounds keep a hostile page or a corrupt file from making the worker store or
// parse megabytes. The stored record itself is AnnotationSchema: imports are
// checked against it, so nothing reaches IndexedDB that a message could not carry.
import { z } from 'zod';
import { SelectionSchema } from './selection';
// The limits live in ./types (no zod) so the content script can check a selection's length without loading zod.
import { MAX_NOTE_CHARS, MAX_QUOTE_CHARS, STANCES } from './types';
import { MAX_XPATH_CHARS, MAX_XPATH_OFFSET, xpathRangeProblem } from './xpath';

export { MAX_NOTE_CHARS, MAX_QUOTE_CHARS };

const Url = z.string().min(1).max(8_192);
const ShortText = z.string().max(2_000);
/** Claim, event and outlet ids: the slugs lib/claims/schema.ts and lib/outlets.ts use (packs are held to the same). */
const RecordId = z.string().max(200).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected an id like "geneva-2021-putin-80-requests"');
/** A UUID (what Sverka creates) or the IRI another annotation tool gave it. */
export const AnnotationId = z.string().min(1).max(2_000);
/** UTC ISO 8601 as Date.toISOString() writes it. */
export const IsoDateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/, 'expected a UTC time like 2021-06-16T12:00:00.000Z');
/** A BCP 47 language tag ("ru", "uk", "en-GB"). */
const Lang = z.string().max(35).regex(/^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/, 'expected a language tag like "ru" or "en-GB"');
const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');

export const StanceSchema = z.enum(STANCES);

/** The fields the reader edits. */
export const AnnotationBodySchema = z.object({
  note: z.string().max(MAX_NOTE_CHARS),
  tags: z.array(z.string().max(100)).max(50),
  stance: StanceSchema.optional(),
  claimIds: z.array(RecordId).max(200),
});

/**
 * What is annotated: a live selection (SelectionSchema, with positions) or a
 * matched statement (its sentence as the quote, no positions: the content
 * script finds it by quote on the next visit).
 */
export const AnnotationTargetSchema = SelectionSchema.partial({ prefix: true, suffix: true, start: true, end: true })
  .refine((t) => (t.start === undefined) === (t.end === undefined) && (t.start === undefined || t.end! >= t.start), {
    message: 'start and end come together, with end ≥ start',
  });

const Offset = z.number().int().nonnegative().max(MAX_XPATH_OFFSET);
/** An imported XPath/Range selector (lib/annotations/xpath.ts): only simple child-step paths get in. */
export const XPathRangeSchema = z.object({
  start: z.string().min(1).max(MAX_XPATH_CHARS),
  startOffset: Offset,
  end: z.string().min(1).max(MAX_XPATH_CHARS),
  endOffset: Offset.optional(),
}).superRefine((r, ctx) => {
  const problem = xpathRangeProblem(r);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

/** One stored annotation (lib/annotations/types.ts Annotation). */
export const AnnotationSchema = AnnotationBodySchema.extend({
  id: AnnotationId,
  url: Url,
  title: ShortText,
  outletId: RecordId.optional(),
  published: z.string().max(64).optional(),
  // Empty for a page note (no quote, the whole page) and for an imported position-only selector.
  exact: z.string().max(MAX_QUOTE_CHARS),
  prefix: z.string().max(200),
  suffix: z.string().max(200),
  start: z.number().int().nonnegative().optional(),
  end: z.number().int().nonnegative().optional(),
  xrange: XPathRangeSchema.optional(),
  events: z.array(RecordId).max(200),
  created: IsoDateTime,
  modified: IsoDateTime,
  motivation: z.string().min(1).max(200).optional(),
  noteLanguage: Lang.optional(),
  tagLanguages: z.record(z.string().max(100), Lang).optional(),
});

export const AnnotationFilterSchema = z.object({
  url: Url.optional(),
  text: ShortText.optional(),
  tag: z.string().max(100).optional(),
  outletId: RecordId.optional(),
  event: RecordId.optional(),
  stance: StanceSchema.optional(),
  claimId: RecordId.optional(),
  from: Day.optional(),
  to: Day.optional(),
  dateOf: z.enum(['article', 'annotated']).optional(),
});

export const ExportRequestSchema = z.object({
  scope: z.enum(['page', 'all']),
  /** The page, for scope "page". */
  url: Url.optional(),
  format: z.enum(['jsonld', 'csv', 'md', 'report']),
  /** For format "report": the tab whose findings the background reads from its tab state. */
  tabId: z.number().int().nonnegative().optional(),
}).refine((r) => r.scope === 'all' || r.url !== undefined, { message: 'scope "page" needs the page url', path: ['url'] })
  .refine((r) => r.format !== 'report' || r.scope === 'page', { message: 'the findings report is per page', path: ['format'] });

export const AnchorReportSchema = z.object({
  id: AnnotationId,
  status: z.enum(['exact', 'approximate', 'orphan']),
  score: z.number().min(0).max(1).optional(),
  derived: z.object({
    exact: z.string().min(1).max(MAX_QUOTE_CHARS),
    prefix: z.string().max(200),
    suffix: z.string().max(200),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  }).refine((d) => d.end > d.start, { message: 'end > start' }).optional(),
});

/** Side panel / options page → background. Each answers with a Result. */
export const AnnotationMessages = {
  /** Save a new annotation on a quote. Answer: the stored Annotation. */
  saveAnnotation: AnnotationBodySchema.extend({
    target: AnnotationTargetSchema,
    /** The article's publication date (from the tab's article metadata), kept for citations. */
    published: z.string().max(64).optional(),
    /** Events the page covers (the tab's findings), so the annotation can be filtered by them. */
    events: z.array(RecordId).max(50).optional(),
  }),
  /** Save a note about the whole page, without a quote (a "page note"). Answer: the stored Annotation. */
  savePageNote: AnnotationBodySchema.extend({
    url: Url,
    title: ShortText,
    published: z.string().max(64).optional(),
    events: z.array(RecordId).max(50).optional(),
  }),
  /**
   * Change note, tags, stance or links. `modified` is the version the editor
   * opened and `before` its fields then; a change made meanwhile in another
   * tab is merged field by field, and the update is refused only when both
   * changed the note or the stance differently (lib/annotations/merge.ts).
   * Answer: the stored Annotation.
   */
  updateAnnotation: z.object({ id: AnnotationId, modified: IsoDateTime, before: AnnotationBodySchema, after: AnnotationBodySchema }),
  /** Delete one annotation (the panel asked for confirmation). Answer: null. */
  deleteAnnotation: z.object({ id: AnnotationId }),
  /** Annotations matching a filter, oldest first (url set: this page only). Answer: Annotation[]. */
  listAnnotations: AnnotationFilterSchema,
  /** Export this page's or all annotations, or this page's findings report. Answer: ExportFile. */
  exportAnnotations: ExportRequestSchema,
  /** Import a JSON-LD export (ours or a colleague's): all or nothing; duplicates skipped and reported. */
  importAnnotations: z.object({ fileName: z.string().min(1).max(2_000), text: z.string().max(20_000_000) }),
} as const;

/** Content script → background. */
export const AnnotationContentMessages = {
  /** The reader chose "Annotate" on a selection; the panel opens the editor with this quote. */
  selectionAnnotated: SelectionSchema,
  /** The content script asks for this page's annotations to anchor and highlight. Answer: Annotation[]. */
  getPageAnnotations: z.object({ url: Url }),
  /** Where each annotation of the page was found (orphans included); the panel shows orphans with their quote. */
  annotationsAnchored: z.object({ url: Url, results: z.array(AnchorReportSchema).max(10_000) }),
} as const;

type Payloads<M> = { [K in keyof M]: M[K] extends z.ZodTypeAny ? z.infer<M[K]> : never };
export type AnnotationMessage = Payloads<typeof AnnotationMessages>;
export type AnnotationContentMessage = Payloads<typeof AnnotationContentMessages>;
