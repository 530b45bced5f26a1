// The group's annotations on this page (Hypothesis sync): who wrote each,
// the quote (or "Page note"), stance, note and tags, with loading, empty and
// error states and a Refresh button. Those the page could not find (the
// content script's report) come first, marked "Not found on this page". Read-only: a colleague's annotation is
// edited in their own browser or on Hypothesis. Links are never rendered
// from their data; text only.
import { st } from '../../lib/i18n/sync-strings';
import { at } from '../../lib/i18n/annotation-strings';
import { formatDate } from '../format';
import type { GroupPage } from '../../lib/service/sync';
import type { AnchorReport } from '../../lib/annotations/types';

export interface GroupAnnotationsProps {
  groupName: string;
  page?: GroupPage | null;
  loading: boolean;
  error?: string;
  onRefresh(): void;
  /** Where the page found each (the content script's report for the page shown); absent until it reported. */
  anchors?: Record<string, AnchorReport>;
}

const nameOf = (user: string, display?: string) => display || user.replace(/^acct:/, '').replace(/@.*$/, '');

export function GroupAnnotations({ groupName, page, loading, error, onRefresh, anchors = {} }: GroupAnnotationsProps) {
  // Those not found on this page first, marked (never dropped), as the reader's own orphans are.
  const all = page?.annotations ?? [];
  const notFound = (id: string) => anchors[id]?.status === 'orphan';
  const list = [...all.filter((a) => notFound(a.id)), ...all.filter((a) => !notFound(a.id))];
  const missing = all.filter((a) => notFound(a.id)).length;
  const problem = error ?? page?.error;
  return (
    <section class="group-annotations" aria-labelledby="group-annotations-h" aria-busy={loading}>
      <h3 id="group-annotations-h">{st('colleaguesTitle')} <span class="hint">({groupName})</span> <span class="count">{list.length}</span></h3>
      <button type="button" class="ann-secondary group-refresh" disabled={loading} onClick={onRefresh}>{st('colleaguesRefresh')}</button>
      {loading && <p class="hint" role="status">{st('colleaguesLoading')}</p>}
      {problem && <p class="error" role="alert">{st('colleaguesError')} {problem}</p>}
      {!loading && !problem && page && list.length === 0 && <p class="hint">{st('colleaguesEmpty')}</p>}
      {page && page.skipped > 0 && <p class="hint">{st('colleaguesSkipped', { count: page.skipped })}</p>}
      {missing > 0 && <p class="hint group-not-found-count">{st('colleaguesNotFoundCount', { count: missing })}</p>}
      {list.length > 0 && (
        <ul class="group-list">
          {list.map((a) => (
            <li key={a.id} class={`ann-item group-item${notFound(a.id) ? ' orphan' : ''}`} data-group-annotation-id={a.id} data-anchor={anchors[a.id]?.status ?? 'unknown'}>
              {notFound(a.id) && <p class="ann-orphan group-not-found" role="note"><strong>{st('colleagueNotFound')}</strong> — {st('colleagueNotFoundHelp')}</p>}
              <p class="group-by">{st('colleaguesBy', { name: nameOf(a.user, a.displayName) })} · <span class="hint">{st('colleaguesOn', { date: formatDate(a.updated.slice(0, 10)) })}</span></p>
              {a.exact ? <blockquote class="ann-quote group-quote">{a.exact}</blockquote> : <p class="ann-page-note">{st('pageNote')}</p>}
              {a.stance && <p class={`ann-stance-badge stance-${a.stance}`}>{at('stanceLegend')}: {at(`stance_${a.stance}`)}</p>}
              {a.note && <p class="ann-note">{a.note}</p>}
              {a.tags.length > 0 && <ul class="ann-tags" aria-label={at('tags')}>{a.tags.map((t) => <li key={t}>{t}</li>)}</ul>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
