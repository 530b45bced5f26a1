// A claim as the panel shows it: the speaker resolved to names in three
// languages. Used for the opposing side of a contradiction, which the matcher
// reports by id only.
import type { ClaimDatabase } from '../claims/schema';
import type { ClaimView } from '../types/tab-state';

export type { ClaimView } from '../types/tab-state';

export function claimView(data: ClaimDatabase, claimId: string): ClaimView | undefined {
  const claim = data.claims.find((c) => c.id === claimId);
  if (!claim) return undefined;
  const actor = data.actors.find((a) => a.id === claim.speaker);
  const name = actor
    ? { ru: actor.names.ru[0], uk: actor.names.uk[0], en: actor.names.en[0] }
    : { ru: claim.speaker, uk: claim.speaker, en: claim.speaker };
  return {
    claimId: claim.id, speaker: { id: claim.speaker, name }, date: claim.date, event: claim.event, kind: claim.kind,
    quote: claim.quote, quoteLang: claim.quoteLang, ...(claim.lang ? { lang: claim.lang } : {}), text: claim.text, sources: claim.sources,
  };
}

/** Event titles by id, so the panel can name the events a page covers. */
export function eventTitles(data: ClaimDatabase, ids: string[]): Record<string, { title: { ru: string; uk: string; en: string }; date: string }> {
  const out: Record<string, { title: { ru: string; uk: string; en: string }; date: string }> = {};
  for (const id of ids) {
    const e = data.events.find((ev) => ev.id === id);
    if (e) out[id] = { title: e.title, date: e.dates[0] };
  }
  return out;
}
