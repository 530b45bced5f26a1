// The incoming side of sync: the group's annotations on one page, split into
// colleagues' annotations (shown and highlighted as theirs) and the copies of
// the reader's own (not shown twice). Edits and deletions made to those copies
// elsewhere — on hypothes.is, or by the reader in another browser — come back
// here: a newer remote version updates the local note, tags, stance and
// links, unless a local edit is still waiting to go out (the reader's latest
// word wins); a copy missing from a complete search is a deletion candidate,
// which the service confirms with GET → 404 before deleting anything.
import { bodyFromTags, fromHypothesis, isMarked, type GroupAnnotation } from './convert';
import type { SyncState } from './queue';
import type { Annotation, AnnotationBody } from '../annotations/types';

export interface Reconciled {
  colleagues: GroupAnnotation[];
  /** Local annotations whose published copy was edited elsewhere. */
  remoteEdits: { localId: string; body: AnnotationBody; updated: string }[];
  /** Local annotations whose published copy may have been deleted elsewhere (confirm first). */
  maybeDeleted: { localId: string; remoteId: string }[];
  /** Rows Sverka could not show (malformed, not a web page, selectors it cannot anchor). */
  skipped: number;
}

const sameBody = (a: AnnotationBody, b: AnnotationBody) =>
  a.note === b.note && (a.stance ?? '') === (b.stance ?? '') && a.tags.join('\u0000') === b.tags.join('\u0000') && a.claimIds.join(' ') === b.claimIds.join(' ');

export function reconcile(rows: readonly unknown[], complete: boolean, state: SyncState, pageLocal: readonly Annotation[]): Reconciled {
  const localByRemote = new Map(Object.entries(state.links).map(([localId, link]) => [link.remoteId, localId]));
  const pending = new Set(state.queue.map((o) => o.localId));
  const seen = new Set<string>();
  const colleagues: GroupAnnotation[] = [];
  const remoteEdits: Reconciled['remoteEdits'] = [];
  let skipped = 0;
  for (const raw of rows) {
    const id = (raw as { id?: unknown })?.id;
    if (typeof id === 'string') seen.add(id);
    const localId = typeof id === 'string' ? localByRemote.get(id) : undefined;
    if (localId) {
      const row = raw as { text?: unknown; tags?: unknown; updated?: unknown };
      const local = pageLocal.find((a) => a.id === localId);
      if (!local || pending.has(localId) || typeof row.updated !== 'string' || row.updated === state.links[localId].updated) continue;
      if (typeof row.text !== 'string' || !Array.isArray(row.tags) || !row.tags.every((t) => typeof t === 'string')) continue;
      const body = bodyFromTags(row.text, row.tags as string[]);
      if (!sameBody(body, local)) remoteEdits.push({ localId, body, updated: row.updated });
      continue;
    }
    // The reader's own copy not linked yet (a publish whose answer was lost): theirs, not a colleague's.
    const tags = (raw as { tags?: unknown })?.tags;
    if (pageLocal.some((a) => isMarked(tags, a.id))) continue;
    const g = fromHypothesis(raw);
    if (g) colleagues.push(g);
    else skipped++;
  }
  const maybeDeleted = complete
    ? pageLocal.flatMap((a) => {
      const link = state.links[a.id];
      return link && !seen.has(link.remoteId) && !pending.has(a.id) ? [{ localId: a.id, remoteId: link.remoteId }] : [];
    })
    : [];
  return { colleagues, remoteEdits, maybeDeleted, skipped };
}
