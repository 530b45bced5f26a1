// One annotation in a list: the quote (marked when it could not be found on
// the page — an orphan is shown with its quote, never hidden), the page it is
// on, stance, note, tags and linked statements, with Edit and Delete. Delete
// asks once; keyboard focus follows the buttons that appear and disappear.
import { useContext, useRef, useState } from 'preact/hooks';
import { useFocusTarget } from '../focus-target';
import { AddStatementContext } from '../statements/context';
import { sst } from '../../lib/i18n/statement-strings';
import { at } from '../../lib/i18n/annotation-strings';
import { formatDate, outletName } from '../format';
import { AnnotationEditor } from './AnnotationEditor';
import type { AnnotationBody } from '../../lib/annotations/types';
import type { Annotation, AnchorReport, AnnotationCallbacks, ClaimOption, Sharing } from './types';
import { st } from '../../lib/i18n/sync-strings';
import { safeHttpUrl } from '../../lib/annotations/normalize';

export interface AnnotationItemProps {
  annotation: Annotation;
  /** Where the content script found it on the open page (page scope only). */
  anchor?: AnchorReport;
  /** Show the page title and link (the all-pages list). */
  showPage: boolean;
  claimOptions: ClaimOption[];
  /** Labels for linked statements (id → one line). */
  claimLabels: Record<string, string>;
  onUpdate: AnnotationCallbacks['onUpdate'];
  onDelete: AnnotationCallbacks['onDelete'];
  /** Tell the list what happened (it announces it in its status region). */
  onMessage(message: { ok: boolean; text: string }): void;
  sharing?: Sharing;
}

const short = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);
const bodyOf = (a: Annotation): AnnotationBody => ({ note: a.note, tags: a.tags, claimIds: a.claimIds, ...(a.stance ? { stance: a.stance } : {}) });

export function AnnotationItem({ annotation: a, anchor, showPage, claimOptions, claimLabels, onUpdate, onDelete, onMessage, sharing }: AnnotationItemProps) {
  const [mode, setMode] = useState<'view' | 'edit' | 'confirm'>('view');
  const addStatement = useContext(AddStatementContext);
  const [busy, setBusy] = useState(false);
  const root = useRef<HTMLElement>(null);
  const setFocusTarget = useFocusTarget(root);

  const orphan = anchor?.status === 'orphan';
  const quoteName = short(a.exact || st('pageNote'));
  // Only an http(s) address becomes a link (imports refuse others; this is the last line of defence).
  const href = safeHttpUrl(a.url);

  async function publish() {
    if (!sharing?.onPublish) return;
    setBusy(true);
    const result = await sharing.onPublish(a.id);
    setBusy(false);
    if (!result.ok) onMessage({ ok: false, text: `${st('publishFailed')} ${result.error}` });
  }

  async function remove() {
    setBusy(true);
    const result = await onDelete(a.id);
    setBusy(false);
    if (result.ok) onMessage({ ok: true, text: at('deleted') });
    else {
      onMessage({ ok: false, text: `${at('deleteFailed')} ${result.error}` });
      setMode('view');
      setFocusTarget('.ann-delete');
    }
  }

  if (mode === 'edit') {
    return (
      <article class="ann-item editing" ref={root} data-annotation-id={a.id}>
        <AnnotationEditor
          mode="edit" quote={a.exact} initial={bodyOf(a)} claimOptions={claimOptions}
          onSubmit={(after) => onUpdate({ id: a.id, modified: a.modified, before: bodyOf(a), after })}
          onCancel={() => { setMode('view'); setFocusTarget('.ann-edit'); }}
          onDone={() => { setMode('view'); setFocusTarget('.ann-edit'); onMessage({ ok: true, text: at('saved') }); }}
        />
      </article>
    );
  }

  return (
    <article class={`ann-item${orphan ? ' orphan' : ''}`} ref={root} data-annotation-id={a.id} data-anchor={anchor?.status ?? 'unknown'} aria-label={quoteName}>
      {showPage && (
        <p class="ann-page">
          {href ? <a href={href} target="_blank" rel="noopener noreferrer">{a.title || a.url}</a> : <span>{a.title || a.url}</span>}
          {a.outletId && <span class="ann-outlet"> · {outletName(a.outletId)}</span>}
          {a.published && /^\d{4}-\d{2}-\d{2}/.test(a.published) && <span> · <time dateTime={a.published.slice(0, 10)}>{formatDate(a.published)}</time></span>}
        </p>
      )}
      {orphan && (
        <p class="ann-orphan" role="note">
          <strong>{at('orphan')}</strong> — {at('orphanHelp')}
        </p>
      )}
      {anchor?.status === 'approximate' && <p class="ann-approx hint">{at('approximate')}</p>}
      {a.exact ? <blockquote class="ann-quote">{a.exact}</blockquote>
        : a.start !== undefined ? <p class="ann-page-note">{st('positionOnly', { start: a.start, end: a.end ?? a.start })}</p>
        : <p class="ann-page-note">{st('pageNote')}</p>}
      {sharing && (sharing.published.has(a.id)
        ? <p class="ann-shared hint">{st('published')}: {sharing.groupName}</p>
        : sharing.queued.has(a.id) ? <p class="ann-shared hint">{st('queued')}</p> : null)}
      {a.stance && <p class={`ann-stance-badge stance-${a.stance}`}>{at('stanceLegend')}: {at(`stance_${a.stance}`)}</p>}
      {a.note && <p class="ann-note">{a.note}</p>}
      {a.tags.length > 0 && (
        <ul class="ann-tags" aria-label={at('tags')}>
          {a.tags.map((t) => <li key={t}>{t}</li>)}
        </ul>
      )}
      {a.claimIds.length > 0 && (
        <div class="ann-linked">
          <p class="ann-linked-h">{at('linkedClaims')}</p>
          <ul>
            {a.claimIds.map((id) => <li key={id}>{claimLabels[id] ?? claimOptions.find((o) => o.id === id)?.label ?? at('unknownClaim', { id })}</li>)}
          </ul>
        </div>
      )}
      <p class="ann-meta hint"><time dateTime={a.created}>{at('annotatedOn', { date: formatDate(a.created) })}</time></p>
      {mode === 'confirm' ? (
        <div class="ann-confirm-group" role="group" aria-label={at('deleteNamed', { quote: quoteName })}>
          <p>{at('confirmDelete')}</p>
          <button type="button" class="ann-danger ann-confirm" disabled={busy} onClick={remove}>{at('confirmYes')}</button>{' '}
          <button type="button" class="ann-secondary ann-cancel" disabled={busy} onClick={() => { setMode('view'); setFocusTarget('.ann-delete'); }}>{at('cancel')}</button>
        </div>
      ) : (
        <div class="ann-actions">
          <button type="button" class="ann-secondary ann-edit" aria-label={at('editNamed', { quote: quoteName })} onClick={() => setMode('edit')}>{at('edit')}</button>{' '}
          <button type="button" class="ann-secondary ann-delete" aria-label={at('deleteNamed', { quote: quoteName })} onClick={() => { setMode('confirm'); setFocusTarget('.ann-cancel'); }}>{at('delete')}</button>
          {addStatement && <>{' '}<button type="button" class="ann-secondary add-statement" aria-label={sst('addAsStatementNamed', { quote: quoteName })} onClick={() => addStatement(a)}>{sst('addAsStatement')}</button></>}
          {sharing?.onPublish && !sharing.published.has(a.id) && !sharing.queued.has(a.id) && (
            <>{' '}<button type="button" class="ann-secondary ann-publish" disabled={busy} aria-label={st('publishNamed', { quote: quoteName })} onClick={publish}>{st('publish')}</button></>
          )}
        </div>
      )}
    </article>
  );
}
