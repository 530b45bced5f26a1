// @vitest-environment happy-dom
// The "possibly related" tier of quote lookup (issue 10): weaker candidates
// (RELATED.min–0.5, at most 3), returned apart from the matches and shown in their
// own section whose words say they may not be the same statement.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/preact';
import { LookupResults } from '../../components/SearchBox';
import { setUiLang } from '../../lib/i18n';
import { Matcher, MATCH_THRESHOLD, RELATED } from '../../lib/match';
import { bundledDb } from '../eval/data';
import { inTier } from './tier-helpers';

const matcher = Matcher.build(bundledDb());
beforeEach(() => setUiLang('en'));
afterEach(cleanup);

// A text in the tier: the first of a few plausible wordings (tier-helpers.ts). Refits and the lexicon move short
// vague texts across its edges ("Biden talked about ransomware with Putin" fell under RELATED.min; "On the phone
// Biden told Putin to act against ransomware gangs in Russia" became a match once "gangs" met "groups").
const text = inTier(matcher, [
  'Biden asked Putin by phone to deal with hackers',
  'Biden spoke with Putin about ransomware by phone',
  'On the phone Biden told Putin to act against ransomware gangs in Russia',
  'Biden urged Putin to deal with hackers',
  'Biden urged Putin to do something about hackers',
], RELATED.min, MATCH_THRESHOLD);

describe('possibly related', () => {
  it('holds weaker candidates only, never a match, at most three', () => {
    const r = matcher.lookUp(text);
    expect(r.matches).toEqual([]);
    expect(r.related.length).toBeGreaterThan(0);
    expect(r.related.length).toBeLessThanOrEqual(RELATED.max);
    for (const m of r.related) expect(m.score >= RELATED.min && m.score < MATCH_THRESHOLD).toBe(true);
    // matchText (what articles, the CLI and the eval use) does not see the tier.
    expect(matcher.matchText(text)).toEqual([]);
  });

  it('an off-topic text gets neither matches nor related statements', () => {
    expect(matcher.lookUp('Погода в Москве будет солнечной всю неделю')).toEqual({ matches: [], related: [] });
  });

  it('the panel shows them in their own section, after the "no match" notice, with a warning', () => {
    const { related } = matcher.lookUp(text);
    render(<LookupResults pending={false} lookup={{ text, matches: [], related, at: 1 }} />);
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
