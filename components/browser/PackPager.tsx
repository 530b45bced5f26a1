// A pack too large to list with the rest (a 200,000-item fact-check feed),
// browsed a page at a time: each page is one browsePack request for the
// claims after the last id shown (keyset paging, lib/db/browse.ts), so
// neither this page nor the worker ever holds the whole pack. Previous goes
// back through the page starts seen so far.
import { useEffect, useState } from 'preact/hooks';
import { bt } from '../../lib/i18n/browser-strings';
import { ClaimItem } from './ClaimItem';
import { PAGE_SIZE } from './ClaimList';
import type { ClaimDatabase } from '../../lib/claims/schema';
import type { Pack } from '../../lib/db/database';
import type { PackPage } from '../../lib/db/browse';
import type { Result } from '../../lib/protocol';

export type BrowsePack = (packId: string, after: string | undefined, limit: number) => Promise<Result<PackPage>>;

export interface PackPagerProps {
  pack: { packId: string; name: string; total: number };
  data: ClaimDatabase;
  packs: Pack[];
  browse: BrowsePack;
}

type PageState = { kind: 'loading' } | { kind: 'ready'; page: PackPage } | { kind: 'failed'; error: string };

export function PackPager({ pack, data, packs, browse }: PackPagerProps) {
  // The `after` key of every page start up to the current one; the first page starts at the beginning.
  const [starts, setStarts] = useState<(string | undefined)[]>([undefined]);
  const [state, setState] = useState<PageState>({ kind: 'loading' });
  const after = starts[starts.length - 1];
  useEffect(() => {
    let live = true;
    setState({ kind: 'loading' });
    void browse(pack.packId, after, PAGE_SIZE).then((r) => {
      if (live) setState(r.ok ? { kind: 'ready', page: r.value } : { kind: 'failed', error: r.error });
    });
    return () => {
      live = false;
    };
  }, [pack.packId, after]);

  const from = (starts.length - 1) * PAGE_SIZE + 1;
  const page = state.kind === 'ready' ? state.page : undefined;
  return (
    <div class="db-pack-pager" data-pager-pack={pack.packId}>
      <p class="hint">{bt('pagedPack', { name: pack.name, total: pack.total })}</p>
      {page && <p class="db-page-range" role="status">{bt('pageRange', { from, to: from + page.claims.length - 1, total: page.total })}</p>}
      {state.kind === 'loading' && <p class="working">{bt('loading')}</p>}
      {state.kind === 'failed' && <p class="error" role="alert">{bt('pageFailed')} {state.error}</p>}
      {page?.claims.map((c) => <ClaimItem key={c.id} claim={c} data={data} origin={`pack:${pack.packId}`} packs={packs} relations={[]} />)}
      <div class="db-page-nav">
        <button type="button" class="db-secondary db-page-prev" disabled={starts.length === 1} onClick={() => setStarts(starts.slice(0, -1))}>{bt('pagePrev')}</button>{' '}
        <button type="button" class="db-secondary db-page-next" disabled={!page?.next} onClick={() => page?.next && setStarts([...starts, page.next])}>{bt('pageNext')}</button>
      </div>
    </div>
  );
}
