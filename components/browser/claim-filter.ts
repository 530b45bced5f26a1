// Which claims the database browser shows. Pure over the snapshot's data so
// the filtering is tested without rendering anything.
import { normalizeText } from '../../lib/text/normalize';
import type { Actor, Claim, ClaimDatabase, Lang } from '../../lib/claims/schema';
import type { UiLang } from '../../lib/i18n';

/** Empty string means "any". */
export interface ClaimFilter {
  event: string;
  speaker: string;
  outlet: string;
  lang: '' | Lang;
  text: string;
}

export const NO_FILTER: ClaimFilter = { event: '', speaker: '', outlet: '', lang: '', text: '' };

const fold = (s: string) => normalizeText(s).toLowerCase();

/** Everything a reader might type to find a claim: its words in every language, the speaker's name forms, the sources. */
function haystack(claim: Claim, actor: Actor | undefined): string {
  return fold([
    claim.quote, claim.text.ru, claim.text.uk, claim.text.en, claim.id,
    ...(actor ? [...actor.names.ru, ...actor.names.uk, ...actor.names.en] : [claim.speaker]),
    ...claim.sources.flatMap((s) => [s.outlet, s.title]),
    ...claim.topics,
  ].join('\n'));
}

/** Claims passing every filter, oldest first; the text filter needs every typed word. */
export function filterClaims(data: ClaimDatabase, filter: ClaimFilter): Claim[] {
  const actors = new Map(data.actors.map((a) => [a.id, a]));
  const words = fold(filter.text).split(/\s+/).filter(Boolean);
  return data.claims
    .filter((c) => !filter.event || c.event === filter.event)
    .filter((c) => !filter.speaker || c.speaker === filter.speaker)
    .filter((c) => !filter.outlet || c.sources.some((s) => s.outlet === filter.outlet))
    .filter((c) => !filter.lang || c.quoteLang === filter.lang)
    .filter((c) => {
      if (!words.length) return true;
      const text = haystack(c, actors.get(c.speaker));
      return words.every((w) => text.includes(w));
    })
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}

/** Outlet values as stored in sources (registry ids or publisher names), each once. */
export function outletsOf(data: ClaimDatabase): string[] {
  return [...new Set(data.claims.flatMap((c) => c.sources.map((s) => s.outlet)))];
}

/** Display name of an actor in the UI language; the id when the actor is missing. */
export function actorName(data: ClaimDatabase, id: string, lang: UiLang): string {
  return data.actors.find((a) => a.id === id)?.names[lang][0] ?? id;
}

/** How many claims each event has, for the timeline's buttons. */
export function claimCounts(claims: Claim[], key: 'event' | 'speaker'): Map<string, number> {
  const counts = new Map<string, number>();
  for (const c of claims) counts.set(c[key], (counts.get(c[key]) ?? 0) + 1);
  return counts;
}
