// Numbers that disagree (issue 10, class 4), on claims of the bundled
// database: agreeing numbers on the same counted thing win the ranking; a
// disagreeing number lowers the score by a fixed factor.
import { describe, expect, it } from 'vitest';
import { Matcher, MATCH_THRESHOLD } from '../../lib/match';
import { FEATURES, NUMBER_CONFLICT_PENALTY, scoreOf, type Feature } from '../../lib/match/score';
import { WEIGHTS } from '../../lib/match/weights';
import { bundledDb } from '../eval/data';

const matcher = Matcher.build(bundledDb());
const EIGHTY = '2021-06-geneva-putin-80-requests-unanswered';
const FORTY_FIVE = '2021-06-putin-geneva-45-and-35-russian-requests';
const ranked = (q: string) => matcher.candidates(q);

describe('numbers that disagree', () => {
  it('the issue\'s "80 requests" sentence ranks the claim that says 80 first, far above "45 and 35"', () => {
    const r = ranked('Russia sent 80 requests about cybercrime and got no answer');
    expect(r[0].claimId).toBe(EIGHTY);
    expect(r[0].features.numbers).toBe(1); // "80 requests" agrees with "80 Russian requests"
    const other = r.find((c) => c.claimId === FORTY_FIVE)!;
    expect(other.features.numberConflict).toBe(1);
    expect(other.score).toBeLessThan(MATCH_THRESHOLD);
  });

  it('the same in Russian and Ukrainian: the agreeing number wins', () => {
    expect(ranked('Россия отправила в США 80 запросов о киберпреступлениях и ответа не получила')[0].claimId).toBe(EIGHTY);
    expect(ranked('Росія надіслала США 45 запитів щодо кіберзлочинів і не отримала відповіді')[0].claimId).toBe(FORTY_FIVE);
  });

  it('a disagreeing number multiplies the calibrated score by the fixed penalty', () => {
    const f = Object.fromEntries(FEATURES.map((k) => [k, 0])) as Record<Feature, number>;
    Object.assign(f, { content: 0.7, specific: 1, speaker: 1 });
    // On top of whatever weight the fit gives numberConflict (≤ 0 by its sign constraint), measured here at 0.
    const w = { ...WEIGHTS, numberConflict: 0 };
    expect(scoreOf({ ...f, numberConflict: 1 }, w)).toBeCloseTo(scoreOf(f, w) * NUMBER_CONFLICT_PENALTY, 10);
    expect(WEIGHTS.numberConflict).toBeLessThanOrEqual(0);
    expect(scoreOf({ ...f, numberConflict: 1 })).toBeLessThanOrEqual(scoreOf(f) * NUMBER_CONFLICT_PENALTY);
    expect(NUMBER_CONFLICT_PENALTY).toBe(0.75);
  });

  it('a sentence that matches a claim only loosely and disagrees on its number is not shown, so no number contradiction is made of it', () => {
    const findings = matcher.matchSentences([{ text: 'Россия направила 50 запросов о киберпреступлениях и не получила ответа.', start: 0, end: 72 }]);
    const shown = findings.matches.flatMap((m) => m.claims.map((c) => c.claimId));
    expect(shown).not.toContain(EIGHTY);
    expect(findings.contradictions.filter((c) => c.kind === 'numbers' && c.claimId === EIGHTY)).toEqual([]);
  });

  it('the value of a curated count on another noun agrees by half ("16 organisations" / 16 "entities"), another value not at all', () => {
    const TREASURY = '2021-04-treasury-sanctions-election-influence';
    const score = (q: string) => ranked(q).find((c) => c.claimId === TREASURY)!;
    const half = score('Treasury blacklisted 16 organisations and 16 people over meddling in the 2020 presidential vote');
    expect(half.features.numbers).toBe(0.5);
    expect(score('Treasury blacklisted 17 organisations and 17 people over meddling in the 2020 presidential vote').features.numbers).toBe(0);
  });
});
