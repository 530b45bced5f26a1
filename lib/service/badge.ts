// The toolbar badge: how many statements Sverka found on the tab, marked
// with "!" when at least one possible contradiction is among them.
import type { TabState } from './tab-state';

export interface Badge {
  text: string;
  color: string;
  title: string;
}

export function badgeFor(state: TabState): Badge {
  const findings = state.status === 'done' ? state.findings : undefined;
  if (!findings || !findings.onTopic) return { text: '', color: '#5b6770', title: 'Sverka' };
  const claims = new Set(findings.matches.flatMap((m) => m.claims.map((c) => c.claimId)));
  const contradictions = findings.contradictions.length;
  return {
    text: claims.size ? `${claims.size}${contradictions ? '!' : ''}` : '',
    color: contradictions ? '#b3261e' : '#1f5fa8',
    title: `Sverka: ${claims.size} statement(s)${contradictions ? `, ${contradictions} possible contradiction(s)` : ''}`,
  };
}
