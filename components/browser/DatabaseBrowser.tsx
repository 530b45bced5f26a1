// The database as a reader browses it: events on a timeline, the statements
// with their sources and relations under filters, and the speakers. The
// timeline and speaker list set the filters, then move focus to the results.
import { useMemo, useRef, useState } from 'preact/hooks';
import { bt } from '../../lib/i18n/browser-strings';
import { ActorList } from './ActorList';
import { ClaimList } from './ClaimList';
import { Filters } from './Filters';
import { Timeline } from './Timeline';
import { PackPager, type BrowsePack } from './PackPager';
import { claimCounts, filterClaims, NO_FILTER, type ClaimFilter } from './claim-filter';
import type { DatabaseSnapshot } from '../../lib/service/packs-api';

export function DatabaseBrowser({ snapshot, initialFilter = NO_FILTER, browse }: { snapshot: DatabaseSnapshot; initialFilter?: ClaimFilter; browse?: BrowsePack }) {
  const [filter, setFilter] = useState<ClaimFilter>(initialFilter);
  const claims = useMemo(() => filterClaims(snapshot.data, filter), [snapshot, filter]);
  const byEvent = useMemo(() => claimCounts(snapshot.data.claims, 'event'), [snapshot]);
  const bySpeaker = useMemo(() => claimCounts(snapshot.data.claims, 'speaker'), [snapshot]);
  const claimsHeading = useRef<HTMLHeadingElement>(null);

  const show = (next: ClaimFilter) => {
    setFilter(next);
    claimsHeading.current?.scrollIntoView?.({ block: 'start' });
    claimsHeading.current?.focus();
  };

  return (
    <>
      <section id="timeline" aria-labelledby="db-timeline-heading">
        <h2 id="db-timeline-heading">{bt('sectionTimeline')}</h2>
        <Timeline events={snapshot.data.events} counts={byEvent} onPickEvent={(event) => show({ ...NO_FILTER, event })} />
      </section>
      <section id="statements" aria-labelledby="db-claims-heading">
        <h2 id="db-claims-heading" ref={claimsHeading} tabIndex={-1}>{bt('sectionClaims')}</h2>
        <Filters data={snapshot.data} value={filter} onChange={setFilter} />
        <ClaimList claims={claims} snapshot={snapshot} />
        {browse && snapshot.paged?.map((p) => <PackPager key={p.packId} pack={p} data={snapshot.data} packs={snapshot.packs} browse={browse} />)}
      </section>
      <section id="speakers" aria-labelledby="db-actors-heading">
        <h2 id="db-actors-heading">{bt('sectionActors')}</h2>
        <ActorList actors={snapshot.data.actors} counts={bySpeaker} onPickSpeaker={(speaker) => show({ ...NO_FILTER, speaker })} />
      </section>
    </>
  );
}
