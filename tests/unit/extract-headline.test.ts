// @vitest-environment jsdom
// Finding the headline on the page by the extracted title (issue 10): the <h1>
// or schema.org headline whose text is the title, tolerant of spacing, quotes,
// dashes and a kicker, never a hidden copy or an unrelated heading.
import { describe, expect, it } from 'vitest';
import { headlineElement, headlineRange } from '../../lib/extract/headline';

const page = (html: string) => {
  document.body.innerHTML = html;
  return document;
};

describe('headlineElement', () => {
  it('finds the <h1> whose text is the title, across markup and odd spacing', () => {
    const doc = page('<h1 class="x">Путин и&nbsp;Байден <span>обсудили</span>  кибербезопасность</h1><p>Текст.</p>');
    expect(headlineElement(doc, 'Путин и Байден обсудили кибербезопасность')?.tagName).toBe('H1');
  });
  it('prefers an exact heading to one that merely contains the title, and takes schema.org headlines', () => {
    const doc = page('<h1>Новости</h1><div itemprop="headline">Лавров: «Трамп подтвердил интерес» — заявление</div><h2 itemprop="headline">Лавров: "Трамп подтвердил интерес"</h2>');
    expect(headlineElement(doc, 'Лавров: «Трамп подтвердил интерес»')?.tagName).toBe('H2');
  });
  it('accepts a heading with a short kicker around the title', () => {
    const doc = page('<h1><small>ЭКСКЛЮЗИВ</small> Песков прокомментировал переговоры в Женеве</h1>');
    expect(headlineElement(doc, 'Песков прокомментировал переговоры в Женеве')?.tagName).toBe('H1');
  });
  it('finds nothing for an unrelated or hidden heading or a very short title', () => {
    expect(headlineElement(page('<h1>Погода на завтра</h1>'), 'Песков прокомментировал переговоры')).toBeUndefined();
    expect(headlineElement(page('<div hidden><h1>Песков прокомментировал переговоры</h1></div>'), 'Песков прокомментировал переговоры')).toBeUndefined();
    expect(headlineElement(page('<h1>Итоги</h1>'), 'Итоги')).toBeUndefined();
  });
  it('gives a range over the heading text without changing the page', () => {
    const doc = page('<h1>Путин и Байден обсудили кибербезопасность</h1>');
    const html = doc.body.innerHTML;
    expect(headlineRange(doc, 'Путин и Байден обсудили кибербезопасность')?.toString()).toBe('Путин и Байден обсудили кибербезопасность');
    expect(doc.body.innerHTML).toBe(html);
  });
});
