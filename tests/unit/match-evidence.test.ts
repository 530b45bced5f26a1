// Evidence re-ranking reads since the dev3 pass (issue 10): what a sentence
// shares with a claim is weighed apart from what merely names the same day,
// the same speaker twice, or someone the claim never mentions. Each case is
// a class the blind dev3 queries exposed, checked on the bundled claims.
import { describe, expect, it } from 'vitest';
import { Matcher, MATCH_THRESHOLD } from '../../lib/match';
import { IN_CONTEXT } from '../../lib/match/matcher';
import { shownPercent, shownScore } from '../../lib/match/tiers';
import { isDateTerm } from '../../lib/match/claim-view';
import { sameRoot, verbatim } from '../../lib/match/score';
import { analyze } from '../../lib/text/analyze';
import { bundledDb } from '../eval/data';
import { inTier } from './tier-helpers';

const matcher = Matcher.build(bundledDb());
const features = (q: string, id: string) => matcher.candidates(q).find((c) => c.claimId === id)?.features;

describe('evidence', () => {
  it('month names and years are date evidence, not shared content', () => {
    const stem = (w: string, lang: 'ru' | 'uk' | 'en') => analyze(w, lang).terms[0].stem;
    expect([stem('июля', 'ru'), stem('липня', 'uk'), stem('July', 'en'), stem('березні', 'uk'), stem('2021', 'ru')].map(isDateTerm)).toEqual([true, true, true, true, true]);
    expect(isDateTerm(stem('марта', 'ru'))).toBe(true);
    expect(isDateTerm(analyze('May').terms[0]?.stem ?? 'may')).toBe(false); // a modal verb too
    // The REvil claim says "2 липня 2021 року"; a sentence about the gang's sites vanishing that month shares the date only.
    const f = features('Сайти угруповання REvil зникли з даркнету в середині липня 2021 року', '2021-07-revil-launched-attack-million-systems')!;
    expect(f.date).toBe(1);
    expect(f.content).toBeLessThan(0.35);
  });

  it('names the claim never mentions count against it', () => {
    expect(analyze('Мінфін США запровадив санкції проти нардепа Андрія Деркача').terms.filter((t) => t.proper).map((t) => t.stem)).toEqual(['сша', 'андр', 'деркач']);
    // A capital that opens the sentence, a quotation or a clause after a colon is not a name.
    expect(analyze('Hackers hit the pipeline: Colonial said «Ransomware struck»').terms.filter((t) => t.proper).map((t) => t.stem)).toEqual([]);
    const f = features('Мінфін США запровадив санкції проти нардепа Андрія Деркача за втручання у президентські вибори у США', '2021-04-treasury-sanctions-election-influence')!;
    expect(f.foreign).toBe(2);
  });

  it('the speaker counts once: as the speaker, not again among the other actors', () => {
    const f = features('Kaseya obtained a universal decryptor for the REvil attack three weeks after the breach', '2021-07-revil-demands-70-million')!;
    expect(f.speaker).toBe(1);
    expect(f.actors).toBe(0);
  });

  it('a number the claim writes out ("six … GRU officers") disagrees with another count of the same thing', () => {
    const f = features('The Justice Department indicted twelve GRU officers in July 2018 for hacking the Democratic National Committee', '2020-10-doj-indictment-six-gru-officers')!;
    expect(f.numberConflict).toBe(1);
  });

  it('shared wording is read with numbers left open, so a retold figure is a number contradiction', () => {
    expect(verbatim(['сша', 'виділ', 'україн', '28000000', 'долар', 'кіберзахист'], new Set(['сша виділ', 'виділ україн', 'україн #', '# долар', 'долар кіберзахист']))).toBe(1);
    const [m] = matcher.matchText('Нагадаємо, у березні США виділили Україні 28 мільйонів доларів на кіберзахист.');
    expect(m.claimId).toBe('2020-09-rbcua-us-allocated-38m-in-march');
  });

  it('a sentence quoting the whole of a short quote and naming its speaker is shown', () => {
    const whole = 'Ответа долго не было", — сказал Лавров в интервью Первому каналу.';
    expect(features(whole, '2015-11-lavrov-no-answer-for-long')!.quoted).toBe(1);
    expect(matcher.matchText(whole)[0]).toMatchObject({ claimId: '2015-11-lavrov-no-answer-for-long' });
    expect(features('Ответа не было, сказал Лавров.', '2015-11-lavrov-no-answer-for-long')?.quoted ?? 0).toBe(0);
    // The same words without the speaker are a quote of someone: evidence, not a floor.
    const anonymous = matcher.candidates('Ответа долго не было", — сказал министр в интервью Первому каналу.').find((c) => c.claimId === '2015-11-lavrov-no-answer-for-long')!;
    expect(anonymous.features.quoted).toBe(1);
    expect(anonymous.score).toBeLessThan(MATCH_THRESHOLD);
  });

  it('a word of the same root meets its claim word: one Slavic prefix apart, or another part of speech', () => {
    const stem = (w: string, lang: 'ru' | 'uk') => analyze(w, lang).terms[0].stem;
    expect(sameRoot(stem('стеження', 'uk'), [stem('відстеження', 'uk')])).toBe(true);
    expect(sameRoot(stem('пострадали', 'ru'), [stem('страдают', 'ru')])).toBe(true);
    expect(sameRoot(stem('провокаційними', 'uk'), [stem('провокацію', 'uk')])).toBe(true);
    expect(sameRoot(stem('государственные', 'ru'), [stem('государство', 'ru')])).toBe(true);
    // Short rests after a prefix and mere shared beginnings are not a root: the false friends the looser rules joined.
    expect(sameRoot(stem('країна', 'uk'), [stem('Україна', 'uk')])).toBe(false);
    expect(sameRoot(stem('переговоры', 'ru'), [stem('говорить', 'ru')])).toBe(false);
    expect(sameRoot(stem('сотрудник', 'ru'), [stem('сотрудничество', 'ru')])).toBe(false);
    expect(sameRoot(stem('последний', 'ru'), [stem('последствия', 'ru')])).toBe(false);
    expect(sameRoot(stem('отношения', 'ru'), [stem('относится', 'ru')])).toBe(false);
    expect(sameRoot('attack', ['attacker'])).toBe(false); // English: the stemmer's business
  });

  it('a capital or a state named for its government is not a name the claim lacks', () => {
    // "Москвой и Вашингтоном" where the claim says "Путина и Байдена": metonymy, not another party.
    const f = features('Глава думского комитета Слуцкий увидел в женевской встрече лидеров шаг к разрядке между Москвой и Вашингтоном', '2021-06-geneva-slutsky-step-toward-detente')!;
    expect(f.foreign).toBe(0);
  });
});

describe('sentences in an article on the event', () => {
  it('a shown score never rounds up to a tier\'s edge', () => {
    expect([shownScore(0.49996), shownScore(0.5), shownScore(0.79951), shownScore(0.8), shownScore(0.12345)]).toEqual([0.499, 0.5, 0.799, 0.8, 0.123]);
    expect([shownPercent(0.497), shownPercent(0.5), shownPercent(0.797), shownPercent(0.835), shownPercent(1.2)]).toEqual(['49%', '50%', '79%', '84%', '100%']);
  });

  const sentences = (texts: string[]) => {
    let at = 0;
    return texts.map((text) => ({ text, start: (at += text.length + 1) - text.length - 1, end: at - 1 }));
  };
  // Shares most of Lavrov's short quote, but not all of it: a weaker match alone (the first wording in the tier, tier-helpers.ts).
  const short = inTier(matcher, [
    'Ответа на письмо долго не поступало, — сказал Лавров в интервью Первому каналу.',
    'Ответа на письмо долго не было, — рассказал Лавров в интервью Первому каналу.',
    'Ответа на наше письмо долго не было, — сказал Лавров Первому каналу.',
    'Ответа на письмо долго не было, — сказал Лавров в интервью Первому каналу.',
    'Ответа на письмо долго не было, — сказал Лавров Первому каналу.',
  ], IN_CONTEXT, MATCH_THRESHOLD, '2015-11-lavrov-no-answer-for-long');

  it('a weaker match of the page\'s event is shown at its own strength; it never puts a page on topic', () => {
    const alone = matcher.candidates(short).find((c) => c.claimId === '2015-11-lavrov-no-answer-for-long')!.score;
    expect(alone).toBeGreaterThanOrEqual(IN_CONTEXT);
    expect(alone).toBeLessThan(MATCH_THRESHOLD);
    expect(matcher.matchSentences(sentences([short])).onTopic).toBe(false);
    const page = sentences([
      'Генеральная прокуратура Российской Федерации официальным письмом предложила соответствующим коллегам в Вашингтоне срочно начать консультации по сотрудничеству в интересах пресечения киберпреступлений.',
      'Лавров заявил, что на письмо Генпрокуратуры РФ ноября 2015 года долго не было ответа из Вашингтона.',
      short,
    ]);
    const f = matcher.matchSentences(page);
    expect(f.onTopic).toBe(true);
    const last = f.matches.find((m) => m.sentence === short)!;
    expect(last.claims[0]).toMatchObject({ claimId: '2015-11-lavrov-no-answer-for-long' });
    expect(last.claims[0].score).toBeLessThan(MATCH_THRESHOLD);
    expect(last.claims[0].inContext).toBe(true);
    // Elsewhere too a claim is either a match or an in-context one of the page's event, never below IN_CONTEXT.
    for (const c of f.matches.filter((m) => m !== last).flatMap((m) => m.claims)) {
      expect(c.inContext ? c.score >= IN_CONTEXT && c.score < MATCH_THRESHOLD : c.score >= MATCH_THRESHOLD).toBe(true);
    }
    expect(f.matches.filter((m) => m !== last).every((m) => m.claims.some((c) => !c.inContext))).toBe(true);
    expect(f.matches.map((m) => m.start)).toEqual([...f.matches.map((m) => m.start)].sort((a, b) => a - b));
  });
});
