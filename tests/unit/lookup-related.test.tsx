// @vitest-environment happy-dom
// The "possibly related" tier of quote lookup (issue 10): weaker candidates
// (0.2–0.5, at most 3), returned apart from the matches and shown in their
// own section whose words say they may not be the same statement.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/preact';
import { LookupResults } from '../../components/SearchBox';
import { setUiLang } from '../../lib/i18n';
import { Matcher, MATCH_THRESHOLD, RELATED } from '../../lib/match';
import { bundledDb } from '../eval/data';

const matcher = Matcher.build(bundledDb());
beforeEach(() => setUiLang('en'));
afterEach(cleanup);

// The text sits mid-tier (0.42 with the seventh pass's weights). Refits and the lexicon move short vague
// texts: the former "Biden talked about ransomware with Putin" and "Biden raised the ransomware attacks with
// Putin by phone" fell under RELATED.min once the weights were refitted on larger dev sets, and "On the phone
// Biden told Putin to act against ransomware gangs in Russia" became a match (0.90) once "gangs" met "groups".
describe('possibly related', () => {
  it('holds weaker candidates only, never a match, at most three', () => {
    const r = matcher.lookUp('Biden asked Putin by phone to deal with hackers');
    expect(r.matches).toEqual([]);
    expect(r.related.length).toBeGreaterThan(0);
    expect(r.related.length).toBeLessThanOrEqual(RELATED.max);
    for (const m of r.related) expect(m.score >= RELATED.min && m.score < MATCH_THRESHOLD).toBe(true);
    // matchText (what articles, the CLI and the eval use) does not see the tier.
    expect(matcher.matchText('Biden asked Putin by phone to deal with hackers')).toEqual([]);
  });

  it('an off-topic text gets neither matches nor related statements', () => {
    expect(matcher.lookUp('Погода в Москве будет солнечной всю неделю')).toEqual({ matches: [], related: [] });
  });

  it('the panel shows them in their own section, after the "no match" notice, with a warning', () => {
    const { related } = matcher.lookUp('Biden asked Putin by phone to deal with hackers');
    render(<LookupResults pending={false} lookup={{ text: 'Biden asked Putin by phone to deal with hackers', matches: [], related, at: 1 }} />);
    expect(screen.getByText('No statement in the database matches this text.')).toBeTruthy();
    const section = screen.getByRole('region', { name: 'Possibly related' });
    expect(within(section).getByText(/may not be what it says/)).toBeTruthy();
    expect(within(section).getAllByRole('article').length).toBe(related.length);
  });

  it('a lookup stored before the tier existed still renders', () => {
    render(<LookupResults pending={false} lookup={{ text: 'x y z a b', matches: [], at: 1 }} />);
    expect(screen.queryByRole('region', { name: 'Possibly related' })).toBeNull();
  });
});
