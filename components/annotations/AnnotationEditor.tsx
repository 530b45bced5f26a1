// Writing or changing an annotation: the quote (read-only), a note, tags, a
// stance and links to statements. The same form serves a new quote and an
// existing annotation; it returns the edit as data and shows the answer
// (saved, or why not — e.g. a conflict with another tab) next to the buttons.
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { at } from '../../lib/i18n/annotation-strings';
import { st } from '../../lib/i18n/sync-strings';
import { parseTagInput } from '../../lib/annotations/normalize';
import { STANCES, type AnnotationBody, type Stance } from '../../lib/annotations/types';
import type { Result } from '../../lib/protocol';
import type { ClaimOption } from './types';

export interface AnnotationEditorProps {
  /** The quote being annotated; empty for a page note. */
  quote: string;
  /** The fields to start from (empty for a new annotation). */
  initial: AnnotationBody;
  claimOptions: ClaimOption[];
  /** Heading: "New annotation" or "Edit annotation". */
  mode: 'new' | 'edit';
  onSubmit(body: AnnotationBody): Promise<Result<unknown>>;
  onCancel(): void;
  /** After a successful save. */
  onDone?(): void;
}

let nextFormId = 0;

export function AnnotationEditor({ quote, initial, claimOptions, mode, onSubmit, onCancel, onDone }: AnnotationEditorProps) {
  const [note, setNote] = useState(initial.note);
  const [tags, setTags] = useState(initial.tags.join(', '));
  const [stance, setStance] = useState<Stance | undefined>(initial.stance);
  const [claimIds, setClaimIds] = useState<string[]>(initial.claimIds);
  const [state, setState] = useState<{ kind: 'idle' } | { kind: 'busy' } | { kind: 'failed'; error: string }>({ kind: 'idle' });
  const [ids] = useState(() => `ann-editor-${++nextFormId}`);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  // In the same task as the DOM change (components/focus-target.ts says why): the Edit button it replaces had the focus.
  useLayoutEffect(() => noteRef.current?.focus(), []);

  // Linked statements stay listed even when they are not among this page's options.
  const options = [...claimOptions, ...initial.claimIds.filter((id) => !claimOptions.some((o) => o.id === id)).map((id) => ({ id, label: at('unknownClaim', { id }) }))];

  async function submit(e: Event) {
    e.preventDefault();
    setState({ kind: 'busy' });
    const body: AnnotationBody = { note, tags: parseTagInput(tags), claimIds };
    if (stance) body.stance = stance;
    const result = await onSubmit(body);
    if (!result.ok) return setState({ kind: 'failed', error: result.error });
    setState({ kind: 'idle' });
    onDone?.();
  }

  const toggleClaim = (id: string, on: boolean) => setClaimIds((list) => (on ? [...list.filter((x) => x !== id), id] : list.filter((x) => x !== id)));

  return (
    <form class="ann-editor" onSubmit={submit} aria-labelledby={`${ids}-h`} aria-busy={state.kind === 'busy'}
      onKeyDown={(e) => { if (e.key === 'Escape') { e.preventDefault(); onCancel(); } }}>
      <h3 id={`${ids}-h`}>{at(mode === 'new' ? 'newAnnotation' : 'editAnnotation')}</h3>
      {quote ? (
        <figure class="ann-quote-figure">
          <figcaption class="visually-hidden">{at('quote')}</figcaption>
          <blockquote class="ann-quote">{quote}</blockquote>
        </figure>
      ) : <p class="ann-page-note">{st('pageNote')} — <span class="hint">{st('pageNoteHint')}</span></p>}
      <label for={`${ids}-note`}>{at('note')}</label>
      <textarea id={`${ids}-note`} ref={noteRef} rows={4} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
      <label for={`${ids}-tags`}>{at('tags')}</label>
      <input id={`${ids}-tags`} type="text" value={tags} aria-describedby={`${ids}-tags-hint`} onInput={(e) => setTags(e.currentTarget.value)} />
      <p id={`${ids}-tags-hint`} class="hint">{at('tagsHint')}</p>
      <fieldset class="ann-stance">
        <legend>{at('stanceLegend')}</legend>
        {[undefined, ...STANCES].map((s) => (
          <label key={s ?? 'none'} class="ann-radio">
            <input type="radio" name={`${ids}-stance`} value={s ?? ''} checked={stance === s} onChange={() => setStance(s)} />{' '}
            {s ? at(`stance_${s}`) : at('stanceNone')}
          </label>
        ))}
      </fieldset>
      <fieldset class="ann-claims">
        <legend>{at('linkedClaims')}</legend>
        {options.length === 0 && <p class="hint">{at('noClaimOptions')}</p>}
        {options.map((o) => (
          <label key={o.id} class="ann-check">
            <input type="checkbox" value={o.id} checked={claimIds.includes(o.id)} onChange={(e) => toggleClaim(o.id, e.currentTarget.checked)} /> {o.label}
          </label>
        ))}
      </fieldset>
      <div class="ann-actions">
        <button type="submit" disabled={state.kind === 'busy'}>{state.kind === 'busy' ? at('saving') : at('save')}</button>{' '}
        <button type="button" class="ann-secondary" onClick={onCancel} disabled={state.kind === 'busy'}>{at('cancel')}</button>
      </div>
      <div role="status" aria-live="polite">
        {state.kind === 'failed' && <p class="error">{at('saveFailed')} {state.error}</p>}
      </div>
    </form>
  );
}
