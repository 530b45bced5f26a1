// The annotations of this page or of all pages, searchable and filterable.
// Orphans (quotes the page no longer contains) are listed first on a page so
// the reader sees what needs attention, each with its quote.
import { useMemo, useState } from 'preact/hooks';
import { at } from '../../lib/i18n/annotation-strings';
import { facets as facetsOf, filterAnnotations } from '../../lib/annotations/filter';
import { AnnotationFilters } from './AnnotationFilters';
import { AnnotationItem } from './AnnotationItem';
import type { AnnotationFilter } from '../../lib/annotations/types';
import type { Annotation, AnchorReport, AnnotationCallbacks, ClaimOption, Sharing } from './types';

export interface AnnotationListProps {
  scope: 'page' | 'all';
  annotations: Annotation[];
  /** Anchoring results of the open page by annotation id (page scope). */
  anchors?: Record<string, AnchorReport>;
  claimOptions: ClaimOption[];
  claimLabels?: Record<string, string>;
  eventTitles?: Record<string, string>;
  onUpdate: AnnotationCallbacks['onUpdate'];
  onDelete: AnnotationCallbacks['onDelete'];
  /** Group sync on: each item shows whether it is shared (and offers Publish). */
  sharing?: Sharing;
}

export function AnnotationList({ scope, annotations, anchors = {}, claimOptions, claimLabels = {}, eventTitles = {}, onUpdate, onDelete, sharing }: AnnotationListProps) {
  const [filter, setFilter] = useState<AnnotationFilter>({});
  const [message, setMessage] = useState<{ ok: boolean; text: string } | undefined>();
  const facets = useMemo(() => facetsOf(annotations), [annotations]);
  const shown = useMemo(() => {
    const list = filterAnnotations(annotations, filter);
    // Orphans first, in their usual order: they are what needs the reader's attention.
    return scope === 'page' ? [...list.filter((a) => anchors[a.id]?.status === 'orphan'), ...list.filter((a) => anchors[a.id]?.status !== 'orphan')] : list;
  }, [annotations, filter, anchors, scope]);

  return (
    <section class="ann-list" aria-label={at('listLabel')}>
      {annotations.length > 0 && (
        <AnnotationFilters value={filter} onChange={setFilter} facets={facets} eventTitles={eventTitles} idPrefix={`ann-${scope}`} />
      )}
      {annotations.length === 0 ? (
        <p class="muted">{at('empty')}</p>
      ) : (
        <p class="ann-count" aria-live="polite">{at('shownCount', { shown: shown.length, total: annotations.length })}</p>
      )}
      {annotations.length > 0 && shown.length === 0 && <p class="muted">{at('noneMatch')}</p>}
      <div role="status" aria-live="polite">
        {message && <p class={message.ok ? 'notice' : 'error'}>{message.text}</p>}
      </div>
      {shown.map((a) => (
        <AnnotationItem
          key={a.id} annotation={a} anchor={anchors[a.id]} showPage={scope === 'all'} claimOptions={claimOptions} claimLabels={claimLabels}
          onUpdate={onUpdate} onDelete={onDelete} onMessage={setMessage} sharing={sharing}
        />
      ))}
    </section>
  );
}
