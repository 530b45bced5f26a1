// Whether a page is about a tracked event at all. A page that only shares a
// name or a topic word with the database ("Putin on gas prices") must show
// nothing, so matches count only when they cluster: at least
// MIN_SENTENCES_PER_EVENT sentences matched to claims of one event, or a
// single match at STRONG_MATCH or above.
import type { Claim } from '../claims/schema';
import { STRONG_MATCH } from './score';
import type { SentenceMatch } from './types';

export const MIN_SENTENCES_PER_EVENT = 2;

/** Event ids the matched sentences establish, strongest first; empty when the page is off-topic. */
export function topicEvents(matches: SentenceMatch[], claimById: (id: string) => Claim): string[] {
  const perEvent = new Map<string, { sentences: number; best: number; total: number }>();
  for (const m of matches) {
    const events = new Set(m.claims.map((c) => claimById(c.claimId).event));
    for (const e of events) {
      const best = Math.max(...m.claims.filter((c) => claimById(c.claimId).event === e).map((c) => c.score));
      const s = perEvent.get(e) ?? { sentences: 0, best: 0, total: 0 };
      perEvent.set(e, { sentences: s.sentences + 1, best: Math.max(s.best, best), total: s.total + best });
    }
  }
  return [...perEvent.entries()]
    .filter(([, s]) => s.sentences >= MIN_SENTENCES_PER_EVENT || s.best >= STRONG_MATCH)
    .sort((a, b) => b[1].total - a[1].total)
    .map(([e]) => e);
}
