// Re-anchoring saved quotes after the outlet edited its page: exact when the
// page is unchanged, approximate after insertions, deletions, changed quotes
// and whitespace, and an orphan (never a wrong placement) when the quote is gone.
import { describe, expect, it } from 'vitest';
import { anchor } from '../../lib/annotations/anchor';
import { squeeze } from '../../lib/extract/whitespace';
import type { QuoteTarget } from '../../lib/annotations/types';

const ARTICLE = [
  'ЖЕНЕВА, 16 июня. Президент России Владимир Путин после переговоров с Джо Байденом заявил журналистам, что Россия направила американской стороне десятки запросов о выдаче киберпреступников.',
  '«В прошлом году мы направили 10 запросов, получили ноль ответов», — сказал чиновник на пресс-конференции.',
  'По его словам, стороны договорились начать консультации по кибербезопасности.',
  'Байден в свою очередь передал российской стороне список из 16 объектов критической инфраструктуры.',
  'Белый дом назвал встречу «конструктивной», однако отметил, что разногласия остаются.',
].join('\n\n');

/** The page text exactly as the text map sees it: whitespace removed. */
const pageText = (s: string) => squeeze(s);

/** Selectors for `quote` in `text`, as describeRange would produce them. */
function selectorFor(text: string, quote: string): QuoteTarget {
  const page = pageText(text);
  const key = squeeze(quote);
  const start = page.indexOf(key);
  if (start < 0) throw new Error(`not in page: ${quote}`);
  const readable = text.replace(/\s+/g, ' ');
  const at = readable.indexOf(quote);
  return { exact: quote, prefix: readable.slice(Math.max(0, at - 32), at).trimStart(), suffix: readable.slice(at + quote.length, at + quote.length + 32).trimEnd(), start, end: start + key.length };
}

const QUOTE = 'В прошлом году мы направили 10 запросов, получили ноль ответов';

function placed(text: string, selector: QuoteTarget) {
  const result = anchor(pageText(text), selector);
  return { ...result, found: result.start === undefined ? undefined : pageText(text).slice(result.start, result.end) };
}

describe('anchor', () => {
  const selector = selectorFor(ARTICLE, QUOTE);

  it('finds an unchanged page exactly, at the stored position', () => {
    expect(placed(ARTICLE, selector)).toMatchObject({ status: 'exact', score: 1, found: squeeze(QUOTE) });
  });

  it('follows the quote when text was inserted before it', () => {
    const edited = ARTICLE.replace('ЖЕНЕВА, 16 июня.', 'ЖЕНЕВА, 16 июня. (Обновлено в 21:40: добавлены подробности переговоров и комментарий Кремля.)');
    const r = placed(edited, selector);
    expect(r.status).toBe('approximate');
    expect(r.found).toBe(squeeze(QUOTE));
    expect(r.score).toBeGreaterThan(0.95);
  });

  it('finds the quote when a word was inserted inside it', () => {
    const edited = ARTICLE.replace('мы направили 10 запросов', 'мы официально направили 10 запросов');
    const r = placed(edited, selector);
    expect(r.status).toBe('approximate');
    expect(r.found).toBe(squeeze('В прошлом году мы официально направили 10 запросов, получили ноль ответов'));
  });

  it('finds the quote when a sentence before it was deleted', () => {
    const edited = ARTICLE.replace(/ЖЕНЕВА[^\n]+\n\n/, '');
    const r = placed(edited, selector);
    expect(r.status).toBe('approximate');
    expect(r.found).toBe(squeeze(QUOTE));
  });

  it('finds the quote when words inside it were deleted', () => {
    const edited = ARTICLE.replace('получили ноль ответов', 'ноль ответов');
    const r = placed(edited, selector);
    expect(r.status).toBe('approximate');
    expect(r.found).toBe(squeeze('В прошлом году мы направили 10 запросов, ноль ответов'));
  });

  it('finds the quote when punctuation and quotation marks changed', () => {
    const quoted = '«В прошлом году мы направили 10 запросов, получили ноль ответов»';
    const withQuotes = selectorFor(ARTICLE, quoted);
    const edited = ARTICLE.replace(quoted, '"В прошлом году мы направили 10 запросов - получили ноль ответов"');
    const r = placed(edited, withQuotes);
    expect(r.status).toBe('approximate');
    expect(r.found).toBe(squeeze('"В прошлом году мы направили 10 запросов - получили ноль ответов"'));
  });

  it('ignores whitespace changes (no-break spaces, line breaks) entirely', () => {
    const edited = ARTICLE.replace('мы направили 10 запросов', 'мы\u00a0направили\n10\u2009запросов').replace(/\n\n/g, '\n   \n');
    expect(placed(edited, selector)).toMatchObject({ status: 'exact', found: squeeze(QUOTE) });
  });

  it('uses the context to choose between repeated quotes', () => {
    const repeated = `${ARTICLE}\n\nЦитата дня. ${QUOTE}. Конец цитаты.`;
    const second = selectorFor(repeated.slice(repeated.lastIndexOf('Цитата дня')), QUOTE);
    const page = pageText(repeated);
    // Positions lost (the teaser above moved everything): the prefix decides.
    const r = anchor(page, { ...second, start: undefined, end: undefined });
    expect(r.start).toBe(page.lastIndexOf(squeeze(QUOTE)));
  });

  it('makes an orphan of a quote that was removed, never a wrong placement', () => {
    const edited = ARTICLE.replace(/«В прошлом году[^»]+»,/, 'Путин пожаловался на отсутствие ответов,');
    expect(placed(edited, selector).status).toBe('orphan');
  });

  it('makes an orphan of a quote on an empty page or an empty quote', () => {
    expect(anchor('', selector).status).toBe('orphan');
    expect(anchor(pageText(ARTICLE), { exact: '  ', prefix: '', suffix: '' }).status).toBe('orphan');
  });

  it('places a quote saved without a position (from a matched statement) as exact when quote and context are verbatim', () => {
    const { start: _s, end: _e, ...noPosition } = selector;
    expect(placed(ARTICLE, noPosition)).toMatchObject({ status: 'exact', found: squeeze(QUOTE) });
    expect(placed(ARTICLE, { exact: QUOTE, prefix: '', suffix: '' })).toMatchObject({ status: 'exact', found: squeeze(QUOTE) });
  });
});
