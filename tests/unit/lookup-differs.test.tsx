// @vitest-environment happy-dom
// Quote lookup marks a matched statement whose number or polarity the looked-up
// text contradicts (lib/match Matcher.lookUp → Match.differs): the card says
// "possible contradiction" with both wordings, as the article's contradictions do.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/preact';
import { LookupResults } from '../../components/SearchBox';
import { setUiLang } from '../../lib/i18n';
import { Matcher } from '../../lib/match';
import { TINY_DB } from '../eval/tiny-db';

const matcher = Matcher.build(TINY_DB);
beforeEach(() => setUiLang('en'));
afterEach(cleanup);

describe('a looked-up text that disagrees with the statement it matches', () => {
  it('the card carries the explanation in the panel\'s language, as a note', () => {
    const text = 'Россия направила в США 50 запросов о киберпреступлениях и не получила ответа, напомнил Путин';
    const { matches } = matcher.lookUp(text);
    expect(matches[0].differs?.kind).toBe('numbers');
    render(<LookupResults pending={false} lookup={{ text, matches, at: 1 }} />);
    const note = screen.getByRole('note');
    expect(note.textContent).toMatch(/^Possible contradiction: the text says 50; the statement \(Vladimir Putin, 2021-06-16\) says 80 \/ 12\.$/);
    setUiLang('uk');
    cleanup();
    render(<LookupResults pending={false} lookup={{ text, matches, at: 1 }} />);
    expect(screen.getByRole('note').textContent).toMatch(/^Можлива суперечність: у тексті — 50/);
  });

  it('a text that agrees gets no note', () => {
    const text = 'Россия направила в США 80 запросов о киберпреступлениях и не получила ответа, напомнил Путин';
    const { matches } = matcher.lookUp(text);
    expect(matches.length).toBeGreaterThan(0);
    render(<LookupResults pending={false} lookup={{ text, matches, at: 1 }} />);
    expect(screen.queryByRole('note')).toBeNull();
  });

  it('each value is named once when the statement repeats its number', () => {
    const claim = TINY_DB.claims.find((c) => c.id === 'putin-80-requests')!;
    const text = 'Россия направила в США 50 запросов о киберпреступлениях и не получила ответа, напомнил Путин';
    const db = { ...TINY_DB, claims: TINY_DB.claims.map((c) => (c === claim ? { ...c, text: { ...c.text, ru: `${c.text.ru} Ещё раз: 80 запросов.` } } : c)) };
    const [m] = Matcher.build(db).lookUp(text).matches;
    expect(m.differs?.explanation.ru.match(/\b80\b/g)).toEqual(['80']);
  });
});
