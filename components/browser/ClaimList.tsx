// The filtered statements, a page at a time: the bundled data alone has
// hundreds, and rendering every card at once makes the page sluggish.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { bt } from '../../lib/i18n/browser-strings';
import { ClaimItem } from './ClaimItem';
import type { Claim, Relation } from '../../lib/claims/schema';
import type { DatabaseSnapshot } from '../../lib/service/packs-api';

export const PAGE_SIZE = 50;

export function ClaimList({ claims, snapshot }: { claims: Claim[]; snapshot: DatabaseSnapshot }) {
  const [limit, setLimit] = useState(PAGE_SIZE);
  useEffect(() => setLimit(PAGE_SIZE), [claims]);
  const relationsOf = useMemo(() => {
    const map = new Map<string, Relation[]>();
    for (const r of snapshot.data.relations) {
      for (const id of [r.from, r.to]) map.set(id, [...(map.get(id) ?? []), r]);
    }
    return map;
  }, [snapshot]);

  const total = snapshot.data.claims.length;
  const shown = claims.slice(0, limit);
  return (
    <div class="db-claims">
      <p class="db-count" role="status">{bt('shownCount', { shown: claims.length, total })}</p>
      {claims.length === 0 && <p class="notice">{bt('noClaims')}</p>}
      {shown.map((c) => (
        <ClaimItem key={c.id} claim={c} data={snapshot.data} origin={snapshot.origins[c.id] ?? 'bundled'} packs={snapshot.packs} relations={relationsOf.get(c.id) ?? []} />
      ))}
      {claims.length > limit && (
        <button type="button" class="db-secondary" onClick={() => setLimit(limit + PAGE_SIZE)}>
          {bt('showMore', { count: Math.min(PAGE_SIZE, claims.length - limit) })}
        </button>
      )}
    </div>
  );
}
