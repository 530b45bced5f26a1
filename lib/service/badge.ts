// The toolbar badge: how many statements Sverka found on the tab, marked
// with "!" when at least one possible contradiction is among them.
import { gt } from '../i18n/background-strings';
import type { TabState } from './tab-state';

export interface Badge {
  text: string;
  color: string;
  title: string;
}

export function badgeFor(state: TabState): Badge {
  const findings = state.status === 'done' ? state.findings : undefined;
  if (!findings || !findings.onTopic) return { text: '', color: '#5b6770', title: gt('badgeIdle') };
  const claims = new Set(findings.matches.flatMap((m) => m.claims.map((c) => c.claimId)));
  const contradictions = findings.contradictions.length;
  return {
    text: claims.size ? `${claims.size}${contradictions ? '!' : ''}` : '',
    color: contradictions ? '#b3261e' : '#1f5fa8',
    // In the reader's language (lib/i18n/reader-lang.ts), like the panel.
    title: contradictions ? gt('badgeFoundContradictions', { claims: claims.size, contradictions }) : gt('badgeFound', { claims: claims.size }),
  };
}
