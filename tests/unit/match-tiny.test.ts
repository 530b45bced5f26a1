// The Matcher on a small fixed database (tests/eval/tiny-db.ts): quote
// lookup in three languages, entities, the threshold, persistence, article
// matching with the on-topic rule, and the three kinds of possible contradiction.
import { describe, expect, it } from 'vitest';
import { Matcher, MATCH_THRESHOLD } from '../../lib/match';
import { TINY_DB } from '../eval/tiny-db';

const matcher = Matcher.build(TINY_DB);
const ids = (text: string) => matcher.matchText(text).map((m) => m.claimId);
const sentences = (...texts: string[]) => {
  let at = 0;
  return texts.map((text) => {
    const s = { text, start: at, end: at + text.length };
    at += text.length + 1;
    return s;
  });
};

describe('quote lookup', () => {
  it('finds a verbatim fragment', () => expect(ids('о 80 запросах о киберпреступлениях, направленных в Штаты')[0]).toBe('putin-80-requests'));
  it('finds the same statement in Ukrainian and English, with numbers as words', () => {
    expect(ids('Путін нагадав про вісімдесят запитів щодо кіберзлочинів, які залишилися без відповіді')[0]).toBe('putin-80-requests');
    expect(ids('Putin said eighty Russian requests about cybercrime got no answer from the US')[0]).toBe('putin-80-requests');
  });
  it('reports the shared names, numbers and words', () => {
    const [m] = matcher.matchText('Путіна спитали про 80 запитів до США щодо кіберзлочинів без відповіді');
    expect(m.why.names).toEqual(['Володимир Путін']);
    expect(m.why.numbers).toContain('80');
    expect(m.why.terms).toContain('запитів');
  });
  it('returns nothing below the threshold for unrelated text', () => {
    expect(ids('Путин обсудил цены на газ с европейскими партнерами')).toEqual([]);
    expect(ids('Obama and Xi agreed in 2015 to stop cyber-enabled theft of intellectual property')).toEqual([]);
  });
  it('gives calibrated scores in 0…1, best first, at or above the threshold', () => {
    const found = matcher.matchText('Россия направила в США 80 запросов о киберпреступлениях и не получила ответа', { top: 5 });
    expect(found.length).toBeGreaterThan(0);
    for (const m of found) expect(m.score).toBeGreaterThanOrEqual(MATCH_THRESHOLD), expect(m.score).toBeLessThanOrEqual(1);
    expect(found.map((m) => m.score)).toEqual([...found.map((m) => m.score)].sort((a, b) => b - a));
  });
  it('splits a long selection into sentences and merges the results', () => {
    const text = 'Россия направила в США 80 запросов о киберпреступлениях и не получила ответа. ' +
      'Атаки на систему здравоохранения одного из крупных регионов России координировались из киберпространства США.';
    expect(new Set(ids(text))).toEqual(new Set(['putin-80-requests', 'putin-attacks-from-us']));
  });
  it('marks a looked-up text that gives the matched statement another number (issue 10, class 4)', () => {
    const [m] = matcher.matchText('Россия направила в США 50 запросов о киберпреступлениях и не получила ответа, напомнил Путин');
    expect(m.claimId).toBe('putin-80-requests');
    expect(m.differs?.kind).toBe('numbers');
    expect(m.differs?.explanation.en).toMatch(/^Possible contradiction: the text says 50; .* says 80\b/);
    const [same] = matcher.matchText('Россия направила в США 80 запросов о киберпреступлениях и не получила ответа, напомнил Путин');
    expect(same.claimId).toBe('putin-80-requests');
    expect(same.differs).toBeUndefined();
  });
  it('marks a looked-up text that states the matched fact with the opposite polarity', () => {
    const found = matcher.matchText('Минюст США не ответил на предложение Генпрокуратуры России о консультациях по киберпреступности и устно сообщил, что заинтересован в этом.');
    const m = found.find((x) => x.claimId === 'lavrov-doj-not-interested');
    expect(m?.differs?.kind).toBe('polarity');
    expect(m?.differs?.explanation.uk).toMatch(/^Можлива суперечність/);
  });
  it('finds a statement through a typo', () => expect(ids('Россия направила в США 80 запрсов о киберпреступленях и не получила ответа')[0]).toBe('putin-80-requests'));
});

describe('index life', () => {
  it('serializes and loads to the same results', () => {
    const loaded = Matcher.load(TINY_DB, matcher.serialize());
    const q = 'Минюст США устно сообщил, что не заинтересован в консультациях по киберпреступности';
    expect(loaded.matchText(q)).toEqual(matcher.matchText(q));
  });
  it('refuses an index built from other data', () => {
    expect(() => Matcher.load({ ...TINY_DB, version: 'other' }, matcher.serialize())).toThrow(/data version/);
  });
});

describe('article matching', () => {
  it('marks an off-topic page and shows nothing', () => {
    const f = matcher.matchSentences(sentences('Путин провел совещание по сельскому хозяйству.', 'Байден подписал закон об инфраструктуре.'));
    expect(f).toEqual({ onTopic: false, events: [], matches: [], contradictions: [] });
  });
  it('groups matches by sentence with the caller\'s offsets', () => {
    const s = sentences('Погода в Женеве была солнечной.', 'Путин напомнил, что 80 российских запросов о киберпреступлениях остались без ответа, а 12 запросов США Россия удовлетворила.');
    const f = matcher.matchSentences(s);
    expect(f.onTopic).toBe(true);
    expect(f.events).toEqual(['geneva-2021']);
    expect(f.matches).toHaveLength(1);
    expect(f.matches[0]).toMatchObject({ start: s[1].start, end: s[1].end, sentence: s[1].text });
    expect(f.matches[0].claims[0].claimId).toBe('putin-80-requests');
  });
  it('reports a curated contradiction from either side of the relation', () => {
    const f = matcher.matchSentences(sentences('За последний месяц от компетентных ведомств США не поступало обращений о кибератаках, заявили в Кремле.', 'Путин напомнил о 80 запросах о киберпреступлениях, оставшихся без ответа.'));
    const c = f.contradictions.find((x) => x.kind === 'curated');
    expect(c).toMatchObject({ claimId: 'kremlin-no-requests', against: 'us-passed-information' });
    expect(c!.explanation.en).toMatch(/^Possible contradiction/);
  });
  it('reports a different number for the same kind of thing', () => {
    const f = matcher.matchSentences(sentences('Россия направила в США 50 запросов о киберпреступлениях и не получила ответа, напомнил Путин.', 'Атаки на систему здравоохранения координировались из киберпространства США.'));
    const c = f.contradictions.find((x) => x.kind === 'numbers');
    expect(c).toMatchObject({ claimId: 'putin-80-requests', against: 'putin-80-requests' });
    expect(c!.explanation.ru).toContain('50');
    expect(c!.explanation.ru).toContain('80');
  });
  it('does not report numbers that agree', () => {
    const f = matcher.matchSentences(sentences('Россия направила в США 80 запросов о киберпреступлениях и не получила ответа, напомнил Путин.', 'Атаки на систему здравоохранения координировались из киберпространства США.'));
    expect(f.contradictions.filter((x) => x.kind === 'numbers')).toEqual([]);
  });
  it('reports the same fact with the opposite polarity', () => {
    const f = matcher.matchSentences(sentences('Минюст США не ответил на предложение Генпрокуратуры России о консультациях по киберпреступности и устно сообщил, что заинтересован в этом.', 'Атаки на систему здравоохранения координировались из киберпространства США.', 'Россия направила в США 80 запросов о киберпреступлениях.'));
    const c = f.contradictions.find((x) => x.kind === 'polarity');
    expect(c).toMatchObject({ claimId: 'lavrov-doj-not-interested' });
    expect(c!.explanation.uk).toMatch(/^Можлива суперечність/);
  });
});
