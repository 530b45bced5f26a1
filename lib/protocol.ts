// The one message protocol between Sverka's contexts. One map per direction;
// events are past tense, commands imperative. Every incoming message is
// validated against these schemas at the receiver (lib/messaging.ts) and its
// sender is checked, because a content script lives in a page we do not control.
import { z } from 'zod';
import { AnnotationContentMessages, AnnotationMessages } from './annotations/protocol';
import { PackMessages } from './packs/protocol';
import { SyncContentMessages, SyncMessages } from './sync/protocol';
// Shared with the page's snapshot code and the port (lib/types: below both, no zod).
import { MAX_SNAPSHOT_CHARS } from './types/snapshot';

const TabId = z.number().int().nonnegative();
/** A sentence's start in the article text, or -1 for the headline (HEADLINE_START: it is not part of the text). */
const SentenceStart = z.number().int().min(-1);
// Upper bounds keep a hostile page from making the worker parse megabytes of JSON.
const ShortText = z.string().max(2_000);
const LongText = z.string().max(2_000_000);

const SentenceSchema = z.object({
  text: z.string().max(20_000),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  paragraph: z.number().int().nonnegative(),
});

/** The article as the content script extracted it (lib/extract ExtractedArticle, minus nothing). */
export const ArticleSchema = z.object({
  url: z.string().max(8_192),
  outletId: z.string().max(64).optional(),
  title: ShortText,
  byline: ShortText.optional(),
  siteName: ShortText.optional(),
  lang: z.enum(['ru', 'uk', 'en', 'other']),
  published: z.object({ iso: z.string().max(64), source: z.enum(['json-ld', 'meta', 'time', 'visible']) }).optional(),
  dateline: z.object({ text: ShortText, day: z.number().int(), month: z.number().int(), year: z.number().int().optional() }).optional(),
  datesDisagree: z.boolean(),
  readerable: z.boolean(),
  text: LongText,
  paragraphs: z.array(z.object({ start: z.number().int(), end: z.number().int() })).max(20_000),
  sentences: z.array(SentenceSchema).max(50_000),
});

export const ExtractOutcomeSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), article: ArticleSchema }),
  z.object({ ok: z.literal(false), reason: z.enum(['not-article', 'too-large', 'empty', 'error']), detail: ShortText }),
]);
export type ExtractOutcome = z.infer<typeof ExtractOutcomeSchema>;

/** Where the article was extracted (issue 14): Chrome's offscreen document, Firefox's background page, or the page itself (fallback). */
export const ExtractorSchema = z.enum(['offscreen', 'background', 'page']);
export type Extractor = z.infer<typeof ExtractorSchema>;

export { MAX_SNAPSHOT_CHARS };
/**
 * The page's document as HTML, with the addresses a DOM parser cannot know (lib/page/snapshot.ts). It arrives in
 * pieces over a port (lib/service/snapshot-port.ts), is checked whole against this schema, extracted in an
 * extension context and answered with the outcome, which path ran and the tab's findings; or with the error
 * 'no-extension-context' (the page then falls back to itself).
 */
export const SnapshotSchema = z.object({
  url: z.string().max(8_192).regex(/^https?:\/\//i),
  baseUrl: z.string().max(8_192).regex(/^https?:\/\//i),
  html: z.string().max(MAX_SNAPSHOT_CHARS),
});

/** Content script → background. */
export const ContentToBackground = {
  /** The page's article was extracted (or extraction gave up with a reason). Answer: the tab's findings. */
  articleExtracted: z.object({ url: z.string().max(8_192), outcome: ExtractOutcomeSchema, extractor: ExtractorSchema.optional() }),
  /** No extension context can extract here: inject the in-page extractor (entrypoints/extract-in-page.ts). */
  inPageExtractorWanted: z.object({}),
  /** The reader selected text and asked Sverka to look it up. */
  quoteSelected: z.object({ text: ShortText.min(1) }),
  /** The reader clicked a highlighted sentence; the panel focuses its card. */
  highlightClicked: z.object({ start: SentenceStart }),
  /** selectionAnnotated, getPageAnnotations, annotationsAnchored: see lib/annotations/protocol.ts. */
  ...AnnotationContentMessages,
  /** getPageGroupAnnotations, groupAnnotationsAnchored: see lib/sync/protocol.ts. */
  ...SyncContentMessages,
} as const;

/** A selection in the page, described by W3C Web Annotation selectors (never by DOM references). */
export { SelectionSchema, type PageSelection } from './annotations/selection';

/** Background → content script (tabs.sendMessage). */
export const BackgroundToContent = {
  /** Scroll to the sentence at these article offsets and flash it. */
  focusSentence: z.object({ start: SentenceStart, end: SentenceStart }),
  /** Show or hide Sverka's highlights. */
  setHighlights: z.object({ enabled: z.boolean() }),
  /** The stored annotations changed; fetch and re-anchor them. */
  annotationsChanged: z.object({}),
} as const;

/** Background → offscreen document (Chrome): extract this snapshot with DOMParser. Answer: Result<ExtractOutcome>. */
export const BackgroundToOffscreen = {
  extractSnapshot: SnapshotSchema,
} as const;

/** Side panel / options page → background. */
export const PanelToBackground = {
  /** Send the stored state of a tab (outlet, article, findings). */
  getTabState: z.object({ tabId: TabId }),
  /** Run Sverka on a tab outside the outlet registry (the user asked). */
  analyseTab: z.object({ tabId: TabId }),
  /** Look up typed or selected text; `date` (the open article's day) is when role phrases resolve. */
  lookUpQuote: z.object({ text: ShortText.min(1), date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional() }),
  /** Counts of the database, for the panel footer and options page. */
  getDatabaseInfo: z.object({}),
  /** The whole database (bundled + imported) and the list of imported packs, for the database browser. */
  getDatabase: z.object({}),
  /** Import a claim pack the user chose (Sverka JSON or ClaimReview JSON-LD); all or nothing. */
  importPack: z.object({ fileName: ShortText.min(1), text: z.string().max(20_000_000) }),
  /** Remove an imported pack and everything it added. */
  removePack: z.object({ packId: z.string().min(1).max(200) }),
  /** One page of a large pack's statements for the database browser: the `limit` after claim id `after` (keyset, lib/db/browse.ts). */
  browsePack: z.object({ packId: z.string().min(1).max(200), after: z.string().min(1).max(300).optional(), limit: z.number().int().min(1).max(200) }).strict(),
  /** subscriptions, statements and pack export: see lib/packs/protocol.ts. */
  ...PackMessages,
  /** Scroll the tab to a sentence and flash it (the reader clicked a card). */
  focusSentence: z.object({ tabId: TabId, start: SentenceStart, end: SentenceStart }),
  /** Turn highlights on or off (all tabs; remembered in settings). */
  setHighlights: z.object({ enabled: z.boolean() }),
  /** save/update/delete/list/export/importAnnotations: see lib/annotations/protocol.ts. */
  ...AnnotationMessages,
  /** Hypothesis group sync: see lib/sync/protocol.ts. */
  ...SyncMessages,
} as const;

/** Background → extension pages (broadcast). */
export const BackgroundToPanel = {
  /** A tab's state changed; panels showing that tab re-read it. */
  tabStateChanged: z.object({ tabId: TabId }),
  /** The reader clicked a highlight in this tab: focus the card of the sentence starting at `start`. */
  focusCard: z.object({ tabId: TabId, start: SentenceStart }),
  /** Annotations changed (any page); lists re-read them. */
  annotationsChanged: z.object({}),
  /** The claim database changed (a subscription refreshed, a statement added); the options page re-reads it. */
  databaseChanged: z.object({}),
} as const;

export { IMPORT_PORT, type ImportProgress } from './types/import';

const ColumnName = z.string().trim().min(1).max(200);

/** Options page → background, on the import port (after the background's `ready`; lib/uploads/hand-over.ts). */
export const ImportPortToBackground = {
  /**
   * The chosen file is in the uploads database (lib/uploads/store.ts) under the id the background's `ready`
   * named: import it. Its name (for the pack name), size in bytes (checked against the stored Blob), and
   * optional column mapping for CSV/TSV.
   */
  importUpload: z.object({
    fileName: ShortText.min(1),
    size: z.number().int().nonnegative().max(2_000_000_000),
    columns: z.record(z.enum(['claim', 'claimant', 'date', 'reviewDate', 'rating', 'url', 'publisher', 'language', 'title', 'appearance']), ColumnName).optional(),
  }).strict(),
  /** Stop: nothing of this import stays. */
  importCancel: z.object({}).strict(),
} as const;


type Payloads<M> = { [K in keyof M]: M[K] extends z.ZodTypeAny ? z.infer<M[K]> : never };
export type ContentMessage = Payloads<typeof ContentToBackground>;
export type PanelMessage = Payloads<typeof PanelToBackground>;
export type BroadcastMessage = Payloads<typeof BackgroundToPanel>;

/** Results cross the boundary as data, never as thrown errors (declared in lib/types/result.ts). */
export type { Result } from './types/result';

/** The wire format: one envelope for every direction. */
export interface Envelope<K extends string = string, P = unknown> {
  sverka: 1;
  type: K;
  payload: P;
}
