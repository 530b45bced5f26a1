// Two tabs editing the same annotation lose nothing. Every update carries the
// version it was based on (`modified`) and the fields as the editor saw them
// (`before`). We merge field by field rather than refuse whole updates:
//   - a field only one side changed takes that side's value;
//   - tags and claim links are sets, so both sides' additions and removals apply;
//   - the note or the stance changed differently on both sides is a conflict:
//     the update is refused with a message naming the field, and the version
//     in the database (the other tab's) stays as it is.
// Refusing is right for prose: silently picking one of two notes loses words.
import { normalizeTags, uniqueIds } from './normalize';
import type { AnnotationBody } from './types';

export type MergeOutcome =
  | { ok: true; body: AnnotationBody; merged: boolean }
  | { ok: false; conflicts: ('note' | 'stance')[] };

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** Three-way set merge keeping `theirs`' order: their items minus what I removed, plus what I added. */
function mergeSet(before: readonly string[], mine: readonly string[], theirs: readonly string[], key: (s: string) => string): string[] {
  const had = new Set(before.map(key));
  const kept = new Set(mine.map(key));
  const removedByMe = new Set([...had].filter((k) => !kept.has(k)));
  const addedByMe = mine.filter((s) => !had.has(key(s)));
  return [...theirs.filter((s) => !removedByMe.has(key(s))), ...addedByMe];
}

/**
 * Applies the edit `before → after` to `stored` (the database's current
 * version). `merged` is true when `stored` had changed since `before` and the
 * result therefore combines both edits.
 */
export function mergeEdit(stored: AnnotationBody, before: AnnotationBody, after: AnnotationBody): MergeOutcome {
  const conflicts: ('note' | 'stance')[] = [];
  const pick = <K extends 'note' | 'stance'>(field: K): AnnotationBody[K] => {
    const mine = before[field] !== after[field];
    const theirs = before[field] !== stored[field];
    if (!mine) return stored[field];
    if (theirs && stored[field] !== after[field]) conflicts.push(field);
    return after[field];
  };
  const note = pick('note');
  const stance = pick('stance');
  if (conflicts.length) return { ok: false, conflicts };
  const tagKey = (t: string) => t.toLocaleLowerCase();
  const body: AnnotationBody = {
    note,
    tags: normalizeTags(mergeSet(normalizeTags(before.tags), normalizeTags(after.tags), stored.tags, tagKey)),
    claimIds: uniqueIds(mergeSet(before.claimIds, after.claimIds, stored.claimIds, (s) => s)),
  };
  if (stance) body.stance = stance;
  const merged = before.note !== stored.note || before.stance !== stored.stance || !sameList(before.tags, stored.tags) || !sameList(before.claimIds, stored.claimIds);
  return { ok: true, body, merged };
}

/** The message a refused update answers with: what clashed, and that nothing was lost. */
export function conflictMessage(conflicts: readonly ('note' | 'stance')[]): string {
  const what = conflicts.map((c) => (c === 'note' ? 'the note' : 'the stance')).join(' and ');
  return `This annotation was changed in another tab or window after you opened it, and ${what} now differ${conflicts.length === 1 ? 's' : ''} from your version. Your edit was not saved and the other version was kept: reopen the annotation, then edit it again.`;
}
