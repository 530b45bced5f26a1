// Short news items (issue 10, class 3): the headline is matched as a sentence
// and a brief qualifies on headline + one sentence of the same event; without
// the headline the same body is not enough, and an off-topic headline adds nothing.
// The headline is highlighted on the page too (tests/unit/page-marks-anchor, tests/e2e/outlets.e2e).
import { describe, expect, it } from 'vitest';
import { Matcher, MATCH_THRESHOLD } from '../../lib/match';
import { STRONG_MATCH } from '../../lib/match/score';
import { marksFromFindings } from '../../lib/page/marks';
import { bundledDb } from '../eval/data';
import { inTier } from './tier-helpers';

const matcher = Matcher.build(bundledDb());
const body = (texts: string[]) => {
  let at = 0;
  return texts.map((text) => {
    const s = { text, start: at, end: at + text.length };
    at += text.length + 1;
    return s;
  });
};
// A brief in the style of a wire item: one sentence on the Geneva summit, the rest background. Its score,
// and the headline's, must sit between the threshold and STRONG_MATCH, so that neither qualifies alone.
// Refits and the lexicon move single texts across those edges (the sentence "Россия направляла запросы, но
// ответа не получила" went from 0.6 to 0.99 and back to 0.58 within one pass), so each is the first of a few
// plausible wordings that sits in the tier (tier-helpers.ts), and the test fails when none does.
const sentence = inTier(matcher, [
  'Путин заявил, что Россия отправляла запросы, но ответа не получила.',
  'Путин напомнил, что Россия направляла запросы, но безрезультатно.',
  'Путин заявил, что на российские запросы США не ответили.',
  'Путин заявил, что Россия направляла запросы в США.',
], MATCH_THRESHOLD, STRONG_MATCH);
const brief = body([sentence, 'Встреча в Женеве продолжалась около четырёх часов.']);
const headline = inTier(matcher, [
  'Москва и Вашингтон договорились о консультациях по вопросам кибербезопасности',
  'Россия и США договорились о консультациях по вопросам кибербезопасности',
  'Россия и США договорились о консультациях по кибербезопасности',
  'Россия и США договорились о консультациях по информационной безопасности',
], MATCH_THRESHOLD, STRONG_MATCH);

describe('headline and short items', () => {
  it('a brief with one matching sentence (below the strong-match level) is not on topic by itself', () => {
    for (const text of [brief[0].text, headline]) {
      const score = matcher.matchText(text)[0]?.score ?? 0;
      expect(score, text).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
      expect(score, text).toBeLessThan(STRONG_MATCH);
    }
    expect(matcher.matchSentences(brief).onTopic).toBe(false);
    expect(matcher.matchSentences(brief.slice(1), { headline }).onTopic).toBe(false);
  });

  it('headline + one sentence of the same event qualify; the headline is listed and marked at HEADLINE_START', () => {
    const f = matcher.matchSentences(brief, { headline });
    expect(f.onTopic).toBe(true);
    expect(f.events[0]).toBe('2021-06-geneva-summit');
    const h = f.matches.find((m) => m.headline);
    expect(h?.sentence).toBe(headline);
    expect(h?.start).toBe(-1);
    // The page finds the headline by itself (lib/extract/headline.ts); every other mark is a sentence of the text.
    expect(marksFromFindings(f).filter((m) => m.start < 0)).toEqual([{ start: -1, end: -1, kind: 'source' }]);
    expect(f.contradictions.every((c) => c.start >= 0)).toBe(true);
  });

  it('an off-topic headline does not make the brief qualify', () => {
    expect(matcher.matchSentences(brief, { headline: 'Путин провёл совещание по ценам на газ' }).onTopic).toBe(false);
  });
});
