// @vitest-environment happy-dom
// The panel's findings as a reader meets them: statements grouped by sentence
// in reading order, cards that show their sentence in the page (click or
// Enter), a card focused when its highlight is clicked in the page, the
// possible contradictions with both sides and both sources, the timeline with
// its text equivalent, and the settings.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import axe from 'axe-core';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { Findings } from '../../components/Findings';
import { Timeline } from '../../components/Timeline';
import { Settings } from '../../components/Settings';
import { timelineData, timelineGeometry } from '../../components/timeline-data';
import { setUiLang } from '../../lib/i18n';
import { doneState } from './panel-fixtures';

beforeEach(() => setUiLang('en'));
afterEach(() => cleanup());

describe('Findings', () => {
  it('groups statements by sentence in reading order, each card with speaker, date, outlet, quote, strength and why', () => {
    const { container } = render(<Findings state={doneState()} />);
    const groups = [...container.querySelectorAll('.group')];
    expect(groups.map((g) => g.getAttribute('data-sentence-start'))).toEqual(['100', '900']);
    const card = within(groups[1] as HTMLElement).getAllByRole('article')[0];
    expect(card.textContent).toContain('Sergey Lavrov');
    expect(card.textContent).toContain('21 July 2017');
    expect(card.textContent).toContain('TASS');
    expect(card.textContent).toContain('Трамп ясно дал понять');
    expect(card.textContent).toContain('90% match');
    expect(card.textContent).toMatch(/Why: names: Donald Trump · terms: заинтересован, вопроса/);
    expect(card.querySelector('.in-context')).toBeNull();
  });

  it('says when a weaker match is listed only because the article is on its event', () => {
    const state = doneState();
    const m = state.findings!.matches[1].claims[0];
    state.findings!.matches[1].claims[0] = { ...m, score: 0.41, inContext: true };
    const { container } = render(<Findings state={state} />);
    const card = container.querySelector(`.card[data-claim-id="${m.claimId}"]`)!;
    expect(card.textContent).toContain('41% match');
    expect(card.querySelector('.in-context')?.textContent).toBe('weaker match, listed because the article is on this event');
  });

  it('shows a card’s sentence in the page on click or Enter, but not when a source link is used', () => {
    const onShow = vi.fn();
    const { container } = render(<Findings state={doneState()} onShowSentence={onShow} />);
    const card = container.querySelector('.group[data-sentence-start="100"] .card') as HTMLElement;
    fireEvent.click(card);
    expect(onShow).toHaveBeenLastCalledWith({ start: 100, end: 160 });
    fireEvent.keyDown(card, { key: 'Enter' });
    expect(onShow).toHaveBeenCalledTimes(2);
    const link = card.querySelector('a')!;
    link.addEventListener('click', (e) => e.preventDefault()); // no navigation inside the test DOM
    fireEvent.click(link);
    expect(onShow).toHaveBeenCalledTimes(2);
    const pair = container.querySelector('.contradiction') as HTMLElement;
    fireEvent.click(pair);
    expect(onShow).toHaveBeenLastCalledWith({ start: 900, end: 970 });
  });

  it('focuses the first card of the sentence whose highlight was clicked, again on a repeated click', () => {
    const { container, rerender } = render(<Findings state={doneState()} onShowSentence={() => {}} focus={{ start: 900, seq: 1 }} />);
    const first = container.querySelector('.group[data-sentence-start="900"] .card') as HTMLElement;
    expect(document.activeElement).toBe(first);
    expect(first.classList.contains('focused')).toBe(true);
    expect(container.querySelectorAll('.focused')).toHaveLength(1);
    first.blur();
    rerender(<Findings state={doneState()} onShowSentence={() => {}} focus={{ start: 900, seq: 2 }} />);
    expect(document.activeElement).toBe(first);
  });

  it('pairs a possible contradiction: the page’s sentence and source, the opposing statement with its sources, the explanation', () => {
    render(<Findings state={doneState()} />);
    const section = screen.getByRole('region', { name: /Possible contradictions/ });
    const pair = within(section).getByRole('article');
    expect(pair.textContent).toContain('On this page');
    expect(pair.textContent).toContain('TASS · Лавров: Трамп подтвердил Путину заинтересованность · 21 July 2017');
    expect(pair.textContent).toContain('Statement in the database: Sergey Lavrov, 21 July 2017');
    expect(pair.textContent).toContain('Opposing statement');
    expect(pair.textContent).toContain("doesn't mean I think it can happen");
    expect(within(pair).getByRole('list', { name: 'Sources' }).textContent).toContain('Twitter (@realDonaldTrump)');
    expect(pair.textContent).toContain('Trump tweeted the unit can’t happen');
  });

  it('groups the possible contradictions of one page sentence under one quote (issue 10)', () => {
    const state = doneState();
    const first = state.findings!.contradictions[0];
    state.findings!.contradictions.push({ ...first, against: 'lavrov-trump-interested', kind: 'polarity', explanation: { en: 'Polarity differs.', ru: 'Разная полярность.', uk: 'Різна полярність.' } });
    render(<Findings state={state} />);
    const section = screen.getByRole('region', { name: /Possible contradictions/ });
    const pairs = within(section).getAllByRole('article');
    expect(pairs).toHaveLength(1);
    expect(pairs[0].querySelectorAll('blockquote.page-sentence')).toHaveLength(1);
    const items = pairs[0].querySelectorAll('.opposing-item');
    expect(items).toHaveLength(2);
    expect(items[0].textContent).toContain('Trump tweeted the unit can’t happen');
    expect(items[1].textContent).toContain('Polarity differs.');
    expect(section.querySelector('.count')!.textContent).toBe('2');
  });

  it('says so when nothing matched or the page is off topic', () => {
    const state = doneState();
    state.findings = { onTopic: true, events: [], matches: [], contradictions: [] };
    const { unmount } = render(<Findings state={state} />);
    expect(screen.getByText('No statements from the database were found in this article.')).toBeTruthy();
    unmount();
    state.findings = { onTopic: false, events: [], matches: [], contradictions: [] };
    render(<Findings state={state} />);
    expect(screen.getByText('No tracked event found on this page.')).toBeTruthy();
  });

  it('has no axe violations', async () => {
    const { container } = render(<Findings state={doneState()} onShowSentence={() => {}} />);
    const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(result.violations.map((v) => v.id)).toEqual([]);
  });
});

describe('Timeline', () => {
  it('collects the stated and the opposing statements with dates, speakers and outlets', () => {
    const data = timelineData(doneState(), 'en');
    expect(data.items.map((i) => [i.claimId, i.role])).toEqual([
      ['trump-cant-happen', 'opposing'],
      ['lavrov-trump-confirmed', 'page'],
      ['lavrov-trump-interested', 'page'],
      ['lavrov-open-cyberspace', 'page'],
    ]);
    expect(data.links).toEqual([['lavrov-trump-interested', 'trump-cant-happen']]);
    const g = timelineGeometry(data);
    expect(g.lanes.map((l) => l.speaker)).toEqual(['Donald Trump', 'Sergey Lavrov']);
    // Three Lavrov statements of one day make one dot; Trump's is earlier, so further left.
    expect(g.marks).toHaveLength(2);
    const [trump, lavrov] = g.marks;
    expect(lavrov.items).toHaveLength(3);
    expect(trump.x).toBeLessThan(lavrov.x);
    expect(g.links).toHaveLength(1);
  });

  it('is an image with a summary, and the same statements as a list for screen readers', () => {
    render(<Timeline data={timelineData(doneState(), 'en')} />);
    const img = screen.getByRole('img');
    expect(img.getAttribute('aria-label')).toBe('Timeline: 4 statements by 2 speakers, 9 July 2017 to 21 July 2017');
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(4);
    expect(items[0].textContent).toContain('9 July 2017 — Donald Trump (opposing statement)');
    expect(items[3].textContent).toContain('reported by: TASS');
  });

  it('draws nothing without statements', () => {
    const { container } = render(<Timeline data={{ items: [], links: [] }} />);
    expect(container.innerHTML).toBe('');
  });
});

describe('Settings', () => {
  it('offers the language with a label and the highlights switch', () => {
    const onLang = vi.fn();
    const onHighlights = vi.fn();
    render(<Settings lang="auto" onLang={onLang} highlights={true} onHighlights={onHighlights} />);
    const select = screen.getByLabelText('Interface language') as HTMLSelectElement;
    expect([...select.options].map((o) => o.value)).toEqual(['auto', 'ru', 'uk', 'en']);
    fireEvent.change(select, { target: { value: 'uk' } });
    expect(onLang).toHaveBeenCalledWith('uk');
    const toggle = screen.getByRole('switch', { name: 'Highlight found statements in the page' }) as HTMLInputElement;
    expect(toggle.checked).toBe(true);
    fireEvent.click(toggle);
    expect(onHighlights).toHaveBeenCalledWith(false);
  });
});
