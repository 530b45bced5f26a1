// @vitest-environment happy-dom
// The content script's side of anchoring on a live DOM: a selection becomes
// readable selectors over the page text, and on the next visit — with the
// outlet's markup changed — the same words become a Range again.
import { afterEach, describe, expect, it } from 'vitest';
import { anchorAll, anchorInDocument, describeRange, pageText, rangeFromOffsets } from '../../lib/annotations/anchor';

afterEach(() => {
  document.body.innerHTML = '';
});

const PAGE = `
  <header><nav><a href="/">Главная</a> <a href="/politics">Политика</a></nav></header>
  <article>
    <h1>Чиновник: направлены десятки запросов</h1>
    <p>ЖЕНЕВА, 16 июня. Президент России <b>Владимир Путин</b> после переговоров заявил журналистам о запросах.</p>
    <p>«В прошлом году мы направили 10 запросов, получили <i>ноль</i> ответов», — сказал чиновник.</p><p>По его словам, стороны договорились о консультациях.</p>
    <p class="sr-only">Скрытый текст для экранных читалок</p>
    <script>var notText = "В прошлом году";</script>
  </article>`;

/** Selects `text` inside the element matched by `selector` (may span inline markup). */
function select(text: string, within = 'article'): Range {
  const root = document.querySelector(within)!;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  const whole = nodes.map((n) => n.data).join('');
  const at = whole.indexOf(text);
  if (at < 0) throw new Error(`not found: ${text}`);
  const point = (offset: number): [Text, number] => {
    let seen = 0;
    for (const n of nodes) {
      if (offset <= seen + n.data.length) return [n, offset - seen];
      seen += n.data.length;
    }
    throw new Error('past the end');
  };
  const range = document.createRange();
  range.setStart(...point(at));
  range.setEnd(...point(at + text.length));
  return range;
}

describe('describeRange', () => {
  it('describes a selection across inline markup with readable quote, 32 characters of context and page-text offsets', () => {
    document.body.innerHTML = PAGE;
    const selectors = describeRange(document, select('мы направили 10 запросов, получили ноль ответов'))!;
    expect(selectors.exact).toBe('мы направили 10 запросов, получили ноль ответов');
    expect(selectors.prefix).toBe('стам о запросах. «В прошлом году');
    expect(selectors.prefix.length).toBeLessThanOrEqual(32);
    expect(selectors.suffix).toBe('», — сказал чиновник. По его сло');
    expect(selectors.suffix.length).toBeLessThanOrEqual(32);
    expect(pageText(document).chars.slice(selectors.start, selectors.end)).toBe('мынаправили10запросов,получилинольответов');
  });

  it('keeps a space between paragraphs of minified markup and none inside a word split by markup', () => {
    document.body.innerHTML = '<article><p>один два</p><p>три</p><p>че<b>тыре</b></p></article>';
    const range = document.createRange();
    range.setStart(document.querySelector('p')!.firstChild!, 5);
    range.setEndAfter(document.querySelector('b')!);
    expect(describeRange(document, range)!.exact).toBe('два три четыре');
  });

  it('returns null for a selection of whitespace or hidden text only', () => {
    document.body.innerHTML = PAGE;
    expect(describeRange(document, select('Скрытый текст'))).toBeNull();
  });
});

describe('anchorInDocument', () => {
  it('re-anchors exactly on the same page, and returns a Range over the quote', () => {
    document.body.innerHTML = PAGE;
    const selectors = describeRange(document, select('получили ноль ответов'))!;
    const result = anchorInDocument(document, selectors);
    expect(result.status).toBe('exact');
    expect(result.range!.toString()).toBe('получили ноль ответов');
  });

  it('re-anchors approximately after the outlet re-rendered the page with a banner and new markup', () => {
    document.body.innerHTML = PAGE;
    const selectors = describeRange(document, select('получили ноль ответов'))!;
    document.body.innerHTML = `<div class="banner">Подпишитесь на наш канал в Telegram!</div>${PAGE.replace('<i>ноль</i>', '<span class="hl">ноль</span>')}`;
    const result = anchorInDocument(document, selectors);
    expect(result.status).toBe('approximate');
    expect(result.range!.toString()).toBe('получили ноль ответов');
  });

  it('lists an orphan without a range when the quote is gone, next to the anchored ones', () => {
    document.body.innerHTML = PAGE;
    const gone = { id: 'a', ...describeRange(document, select('мы направили 10 запросов, получили ноль ответов'))! };
    const kept = { id: 'b', ...describeRange(document, select('стороны договорились о консультациях'))! };
    document.body.innerHTML = PAGE.replace(/<p>«В прошлом году[^<]+<i>ноль<\/i> ответов», — сказал чиновник\.<\/p>/, '');
    const results = anchorAll(document, [gone, kept]);
    expect(results.map((r) => [r.id, r.status])).toEqual([['a', 'orphan'], ['b', 'approximate']]);
    expect(results[0].range).toBeUndefined();
    expect(results[1].range!.toString()).toBe('стороны договорились о консультациях');
  });

  it('turns offsets outside the page text into null, not an exception', () => {
    document.body.innerHTML = PAGE;
    const map = pageText(document);
    expect(rangeFromOffsets(document, map, 0, map.chars.length + 5)).toBeNull();
    expect(rangeFromOffsets(document, map, 3, 3)).toBeNull();
  });
});

describe('content-script helpers', () => {
  it('turn a selection into a selectionAnnotated payload and anchoring into a report', async () => {
    const { selectionPayload, anchorPage } = await import('../../lib/annotations/content');
    document.title = 'Чиновник: направлены десятки запросов';
    document.body.innerHTML = PAGE;
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    expect(selectionPayload(document, selection, 'https://tass.ru/a')).toBeNull();
    selection.addRange(select('получили ноль ответов'));
    const payload = selectionPayload(document, selection, 'https://tass.ru/a')!;
    expect(payload).toMatchObject({ url: 'https://tass.ru/a', title: document.title, exact: 'получили ноль ответов' });
    const { report, anchored } = anchorPage(document, [{ id: 'a', ...payload }, { id: 'b', exact: 'Этого нет на странице вообще', prefix: '', suffix: '' }]);
    expect(report).toEqual([{ id: 'a', status: 'exact', score: 1 }, { id: 'b', status: 'orphan' }]);
    expect(anchored[0].range!.toString()).toBe('получили ноль ответов');
  });
});
