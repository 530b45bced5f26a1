// "Add a note about the whole page": a page note has no quote, only the page
// (Hypothesis writes such notes with a target that is just the page URL; the
// W3C export does the same). The editor is the usual one, without a quote and
// without statement links beyond those the reader picks.
import { useState } from 'preact/hooks';
import { st } from '../../lib/i18n/sync-strings';
import { AnnotationEditor } from './AnnotationEditor';
import type { AnnotationCallbacks } from './types';

export function PageNoteForm({ onSave }: { onSave: NonNullable<AnnotationCallbacks['onSavePageNote']> }) {
  const [open, setOpen] = useState(false);
  if (!open) return <button type="button" class="ann-secondary ann-page-note-add" onClick={() => setOpen(true)}>{st('pageNoteAdd')}</button>;
  return (
    <AnnotationEditor
      mode="new" quote="" claimOptions={[]} initial={{ note: '', tags: [], claimIds: [] }}
      onSubmit={onSave} onCancel={() => setOpen(false)} onDone={() => setOpen(false)}
    />
  );
}
