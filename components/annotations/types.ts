// What the annotation components need from the panel, as plain props: the
// lead's wiring turns each callback into one lib/annotations/protocol.ts
// message. No component here sends a message itself.
import type { AnnotationMessage } from '../../lib/annotations/protocol';
import type { Annotation, AnchorReport, AnnotationBody, ExportFile, ExportFormat } from '../../lib/annotations/types';
import type { AnnotationImportReport } from '../../lib/db/annotations';
import type { Result } from '../../lib/protocol';

/** A statement the reader can link an annotation to: its id and a one-line label ("Putin, 16 June 2021: “…”"). */
export interface ClaimOption {
  id: string;
  label: string;
}

/** A quote waiting to be annotated: a selection from the page, or a matched statement's sentence (kept per tab in storage.session). */
export type { AnnotationDraft } from '../../lib/service/tab-session';

export interface AnnotationCallbacks {
  onSave(payload: AnnotationMessage['saveAnnotation']): Promise<Result<Annotation>>;
  onUpdate(payload: AnnotationMessage['updateAnnotation']): Promise<Result<Annotation>>;
  onDelete(id: string): Promise<Result<null>>;
  /** Build the file in the background; the component then hands it to `save` (a download). */
  onExport(format: ExportFormat, scope: 'page' | 'all'): Promise<Result<ExportFile>>;
  onImport(fileName: string, text: string): Promise<Result<AnnotationImportReport>>;
  /** A note about the whole page, without a quote. */
  onSavePageNote?(body: AnnotationBody): Promise<Result<Annotation>>;
}

export type { Annotation, AnchorReport, ExportFile, ExportFormat, AnnotationImportReport };

/** Group sync as an annotation item shows it: published, waiting, or a Publish button (sync on, automatic publishing off). */
export interface Sharing {
  groupName: string;
  published: ReadonlySet<string>;
  queued: ReadonlySet<string>;
  /** Undefined when publishing is automatic (nothing for the reader to do). */
  onPublish?(id: string): Promise<Result<unknown>>;
}
