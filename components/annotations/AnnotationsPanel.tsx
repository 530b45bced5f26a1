// The annotations section of the side panel: a new-annotation editor when the
// reader annotated a selection or a statement, the list for this page or all
// pages, export and import. Everything arrives as props and leaves through
// callbacks (see ./types.ts), so the lead's wiring owns the messaging and the
// tests drive it with fakes.
import { at } from '../../lib/i18n/annotation-strings';
import { st } from '../../lib/i18n/sync-strings';
import { PageNoteForm } from './PageNoteForm';
import { AnnotationEditor } from './AnnotationEditor';
import { AnnotationList } from './AnnotationList';
import { ExportButtons } from './ExportButtons';
import { ImportAnnotations } from './ImportAnnotations';
import type { AnchorReport, Annotation, AnnotationCallbacks, AnnotationDraft, ClaimOption, ExportFile, Sharing } from './types';

export interface AnnotationsPanelProps extends AnnotationCallbacks {
  scope: 'page' | 'all';
  onScopeChange(scope: 'page' | 'all'): void;
  /** The annotations of the scope: this page's (listAnnotations {url}) or all (listAnnotations {}). */
  annotations: Annotation[];
  anchors?: Record<string, AnchorReport>;
  /** Statements the reader can link: this page's matched statements. */
  claimOptions: ClaimOption[];
  /** Labels for any linked statement (the all-pages list links statements from other pages). */
  claimLabels?: Record<string, string>;
  eventTitles?: Record<string, string>;
  /** A quote waiting for its annotation; the editor shows while it is set. */
  draft?: AnnotationDraft;
  /** The draft was saved or cancelled. */
  onDraftClosed(): void;
  /** Whether this page has findings for the report. */
  canReport?: boolean;
  save?(file: ExportFile): void;
  /** Group sync on: shared/waiting marks and Publish buttons. */
  sharing?: Sharing;
  /** Publish every annotation (sync on, automatic publishing off). */
  onPublishAll?(): void;
  /** Rendered after the list: the group's annotations of this page. */
  children?: preact.ComponentChildren;
  /** Save a note about the whole page (no quote). */
  onSavePageNote?: AnnotationCallbacks['onSavePageNote'];
}

export function AnnotationsPanel(props: AnnotationsPanelProps) {
  const { scope, onScopeChange, draft } = props;
  return (
    <section class="annotations" aria-labelledby="annotations-h">
      <h2 id="annotations-h">{at('sectionTitle')} <span class="count">{props.annotations.length}</span></h2>
      {draft && (
        <AnnotationEditor
          // A different quote is a fresh form (and takes the focus again).
          key={`${draft.target.url}|${draft.target.start ?? ''}|${draft.target.exact}|${(draft.claimIds ?? []).join(',')}`}
          mode="new" quote={draft.target.exact} claimOptions={props.claimOptions}
          initial={{ note: '', tags: [], claimIds: draft.claimIds ?? [] }}
          onSubmit={(body) => props.onSave({ ...body, target: draft.target, published: draft.published, events: draft.events })}
          onCancel={props.onDraftClosed} onDone={props.onDraftClosed}
        />
      )}
      {props.onSavePageNote && <PageNoteForm onSave={props.onSavePageNote} />}
      <fieldset class="ann-scope">
        <legend>{at('scopeLabel')}</legend>
        {(['page', 'all'] as const).map((s) => (
          <label key={s} class="ann-radio">
            <input type="radio" name="ann-scope" value={s} checked={scope === s} onChange={() => onScopeChange(s)} /> {at(s === 'page' ? 'scopePage' : 'scopeAll')}
          </label>
        ))}
      </fieldset>
      <AnnotationList
        key={scope} scope={scope} annotations={props.annotations} anchors={scope === 'page' ? props.anchors : undefined}
        claimOptions={props.claimOptions} claimLabels={props.claimLabels} eventTitles={props.eventTitles}
        onUpdate={props.onUpdate} onDelete={props.onDelete} sharing={props.sharing}
      />
      {props.onPublishAll && props.annotations.length > 0 && (
        <button type="button" class="ann-secondary ann-publish-all" onClick={props.onPublishAll}>{st('publishAll')}</button>
      )}
      {props.children}
      <ExportButtons scope={scope} onExport={props.onExport} canReport={props.canReport} save={props.save} />
      <ImportAnnotations onImport={props.onImport} />
    </section>
  );
}
