// Linked statements as exports show them: speaker, date, quote and first
// source, from whatever claim data the caller has (the extension's database,
// or the bundled data in the command line). Unknown ids — a colleague's pack
// we do not have — are shown as the bare id, never dropped.
import { outletById } from '../../outlets';
import type { Actor, Claim, ClaimDatabase, Event } from '../../claims/schema';
import type { UiLang } from '../../i18n';

export interface ClaimLookup {
  claim(id: string): Claim | undefined;
  actor(id: string): Actor | undefined;
  event(id: string): Event | undefined;
}

export function claimLookup(data: Partial<Pick<ClaimDatabase, 'claims' | 'actors' | 'events'>> = {}): ClaimLookup {
  const claims = new Map((data.claims ?? []).map((c) => [c.id, c]));
  const actors = new Map((data.actors ?? []).map((a) => [a.id, a]));
  const events = new Map((data.events ?? []).map((e) => [e.id, e]));
  return { claim: (id) => claims.get(id), actor: (id) => actors.get(id), event: (id) => events.get(id) };
}

/** The outlet's display name (registry id → name), or the stored name as is. */
export function outletLabel(idOrName: string | undefined, lang: UiLang): string | undefined {
  if (!idOrName) return undefined;
  return outletById(idOrName)?.name[lang] ?? idOrName;
}

export interface SourceSummary {
  outlet?: string;
  title: string;
  date: string;
  url?: string;
}

/** "TASS, “Title”, 2021-06-16, https://…" */
export function sourceLine(s: SourceSummary): string {
  return [s.outlet, `“${s.title}”`, s.date, s.url].filter(Boolean).join(', ');
}

export interface ClaimSummary {
  id: string;
  speaker?: string;
  date?: string;
  quote?: string;
  /** The first source of the statement. */
  source?: SourceSummary;
  event?: string;
}

export function summarizeClaim(id: string, lookup: ClaimLookup, lang: UiLang): ClaimSummary {
  const claim = lookup.claim(id);
  if (!claim) return { id };
  const source = claim.sources[0];
  return {
    id,
    speaker: lookup.actor(claim.speaker)?.names[lang][0] ?? claim.speaker,
    date: claim.date,
    quote: claim.quote,
    source: source ? { outlet: outletLabel(source.outlet, lang), title: source.title, date: source.date, url: source.url } : undefined,
    event: lookup.event(claim.event)?.title[lang] ?? claim.event,
  };
}

/** One line: "Vladimir Putin, 2021-06-16: “quote” — TASS, “Title”, 2021-06-16, https://…" (the id alone when unknown). */
export function claimLine(s: ClaimSummary): string {
  if (!s.quote) return s.id;
  return `${s.speaker}, ${s.date}: “${s.quote}”${s.source ? ` — ${sourceLine(s.source)}` : ''}`;
}
