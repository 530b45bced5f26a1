// Unit tests for the pieces of lib/extract: sentence splitting, dates,
// datelines, titles, boilerplate rules and the sentence → Range mapping.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { cleanTitle, datesDisagree, extractArticle, monthFromWord, normalizeIsoDate, parseDateline, parseDateText, sentenceRanges, splitSentences } from '../../lib/extract';
import { boilerplateRule } from '../../lib/extract/boilerplate';
import { pickTitle } from '../../lib/extract/title';
import type { ExtractedArticle } from '../../lib/extract';

const split = (text: string, lang: 'ru' | 'uk' | 'en' = 'ru') => splitSentences(text, lang).map((s) => s.text);

describe('splitSentences', () => {
  it('keeps initials with the surname', () => {
    expect(split('Президент В. Путин заявил об этом журналистам. Он сказал это вчера вечером.')).toEqual([
      'Президент В. Путин заявил об этом журналистам.', 'Он сказал это вчера вечером.']);
    expect(split('На встрече были В.В. Путин и Дж. Байден, сообщили в Кремле. Встреча длилась три часа.')).toHaveLength(2);
  });
  it('keeps "т. е." and "г. Москва" inside a sentence', () => {
    expect(split('Это, т. е. Россия, готово к переговорам в ближайшее время. Так сказал министр.')).toEqual([
      'Это, т. е. Россия, готово к переговорам в ближайшее время.', 'Так сказал министр.']);
    expect(split('Встреча прошла в г. Москва в понедельник. Она длилась час.')).toEqual([
      'Встреча прошла в г. Москва в понедельник.', 'Она длилась час.']);
  });
  it('ends a sentence after a year abbreviation "2015 г." followed by a new sentence', () => {
    expect(split('Письмо направили в ноябре 2015 г. Ответа долго не было, сказал Лавров.')).toEqual([
      'Письмо направили в ноябре 2015 г.', 'Ответа долго не было, сказал Лавров.']);
  });
  it('ends a sentence after "США." but not inside "U.S."', () => {
    expect(split('Письмо направили в Минюст США. Ответа долго не было, сказал он.')).toEqual([
      'Письмо направили в Минюст США.', 'Ответа долго не было, сказал он.']);
    expect(split('The U.S. Justice Department did not reply. Lavrov said so on Sunday.', 'en')).toEqual([
      'The U.S. Justice Department did not reply.', 'Lavrov said so on Sunday.']);
    expect(split('Sanctions were imposed by the U.S. President Joe Biden announced them.', 'en')).toHaveLength(1);
  });
  it('keeps "ст.", "м." and "млн" inside Ukrainian and Russian sentences', () => {
    expect(split('Згідно зі ст. 5 закону, м. Київ отримав 10 млн грн. Це дуже багато грошей.', 'uk')).toEqual([
      'Згідно зі ст. 5 закону, м. Київ отримав 10 млн грн.', 'Це дуже багато грошей.']);
    expect(split('Выделили 38 млн. долларов на киберзащиту. Об этом сообщили в Пентагоне.')).toEqual([
      'Выделили 38 млн. долларов на киберзащиту.', 'Об этом сообщили в Пентагоне.']);
  });
  it('keeps a quote and its attribution together', () => {
    expect(split('«Это наша позиция.», - говорится в сообщении. Далее следует текст.')).toEqual([
      '«Это наша позиция.», - говорится в сообщении.', 'Далее следует текст.']);
    expect(split('«Видим, откуда происходят атаки». – пояснил российский президент. Он добавил детали.')).toEqual([
      '«Видим, откуда происходят атаки». – пояснил российский президент.', 'Он добавил детали.']);
    expect(split('«Что делать?» спросил министр на брифинге. Ответа не последовало.')).toEqual([
      '«Что делать?» спросил министр на брифинге.', 'Ответа не последовало.']);
  });
  it('glues pieces shorter than the minimum to a neighbour, inside one paragraph only', () => {
    expect(split('Вот, пожалуйста. Да. Весь интерес заключается только в этом.')).toEqual([
      'Вот, пожалуйста. Да.', 'Весь интерес заключается только в этом.']);
    expect(split('Первый абзац с текстом.\n\nДа.')).toEqual(['Первый абзац с текстом.', 'Да.']);
  });
  it('never crosses a paragraph break and keeps exact offsets', () => {
    const text = 'Первый абзац заканчивается тут\n\nВторой абзац. Третье предложение здесь.';
    const spans = splitSentences(text, 'ru');
    expect(spans.map((s) => s.text)).toEqual(['Первый абзац заканчивается тут', 'Второй абзац.', 'Третье предложение здесь.']);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('dates', () => {
  it('knows month names in ru/uk/en, genitive and abbreviated', () => {
    expect(['января', 'січня', 'Jan', 'январь', 'січень'].map(monthFromWord)).toEqual([1, 1, 1, 1, 1]);
    expect(['октября', 'окт.', 'жовтня', 'October', 'Oct'].map(monthFromWord)).toEqual([10, 10, 10, 10, 10]);
    expect(['листопада', 'ноября', 'Nov.'].map(monthFromWord)).toEqual([11, 11, 11]);
    expect(monthFromWord('майор')).toBeUndefined();
  });
  it('parses visible dates with and without year and time', () => {
    expect(parseDateText('21 июля 2017, 16:48')).toEqual({ day: 21, month: 7, year: 2017, hour: 16, minute: 48 });
    expect(parseDateText('20 вересня 2020')).toEqual({ day: 20, month: 9, year: 2020 });
    expect(parseDateText('Nov. 20, 2019 5:52 AM EST')).toEqual({ day: 20, month: 11, year: 2019, hour: 5, minute: 52 });
    expect(parseDateText('21:17 18.11.2019')).toEqual({ day: 18, month: 11, year: 2019, hour: 21, minute: 17 });
    expect(parseDateText('ВЛАДИВОСТОК, 9 окт')).toEqual({ day: 9, month: 10 });
    expect(parseDateText('сегодня в 16:19')).toBeUndefined();
    expect(parseDateText('31.02.2020')).toBeUndefined();
  });
  it('normalises machine dates, keeping the page offset', () => {
    expect(normalizeIsoDate('2020-06-29T00:16:15+03:00')).toBe('2020-06-29T00:16:15+03:00');
    expect(normalizeIsoDate('2020-01-13T13:37:49+0000')).toBe('2020-01-13T13:37:49+00:00');
    expect(normalizeIsoDate('2025-05-14T20:28:12.467+03:00')).toBe('2025-05-14T20:28:12+03:00');
    expect(normalizeIsoDate('2025-10-24 15:26:00')).toBe('2025-10-24T15:26:00');
    expect(normalizeIsoDate('20161009T1023')).toBe('2016-10-09T10:23:00');
    expect(normalizeIsoDate('1600633920')).toBe('2020-09-20T20:32:00Z');
    expect(normalizeIsoDate('2020-13-01')).toBeUndefined();
    expect(normalizeIsoDate('вчера')).toBeUndefined();
  });
});

describe('datelines', () => {
  it('reads agency datelines in three languages', () => {
    expect(parseDateline('МОСКВА, 21 июля. /ТАСС/. Президент США')).toEqual({ text: 'МОСКВА, 21 июля', day: 21, month: 7 });
    expect(parseDateline('ВЛАДИВОСТОК, 9 окт — РИА Новости. Генпрокуратура')).toEqual({ text: 'ВЛАДИВОСТОК, 9 окт', day: 9, month: 10 });
    expect(parseDateline('KYIV, June 16 (Reuters) - Ukraine said')).toEqual({ text: 'KYIV, June 16', day: 16, month: 6 });
    expect(parseDateline('BEIRUT/THE HAGUE, March 7 (Reuters) - An')).toEqual({ text: 'BEIRUT/THE HAGUE, March 7', day: 7, month: 3 });
    expect(parseDateline('КИЇВ, 15 вересня. /Укрінформ/. Уряд')).toEqual({ text: 'КИЇВ, 15 вересня', day: 15, month: 9 });
    expect(parseDateline('НЬЮ-ЙОРК, 1 сентября 2020 г. /ТАСС/. Генсек')).toEqual({ text: 'НЬЮ-ЙОРК, 1 сентября 2020', day: 1, month: 9, year: 2020 });
  });
  it('does not take ordinary sentence openings for datelines', () => {
    expect(parseDateline('16 июня в Женеве состоялась пресс-конференция')).toBeUndefined();
    expect(parseDateline('LA CROSSE, Wis. (AP) — After a summer')).toBeUndefined();
    expect(parseDateline('Москва, 21 июля стала местом встречи')).toBeUndefined();
  });
  it('flags a dateline more than a day away from the published date', () => {
    const dl = { text: 'ВЛАДИВОСТОК, 9 окт', day: 9, month: 10 };
    expect(datesDisagree(dl, { iso: '2020-03-03T12:29:00', source: 'json-ld' })).toBe(true);
    expect(datesDisagree(dl, { iso: '2016-10-09T10:23:00', source: 'meta' })).toBe(false);
    expect(datesDisagree({ text: 'МОСКВА, 29 июня', day: 29, month: 6 }, { iso: '2020-06-28T21:16:15Z', source: 'json-ld' })).toBe(false);
    expect(datesDisagree({ text: 'МОСКВА, 31 декабря', day: 31, month: 12 }, { iso: '2021-01-01T01:00:00+03:00', source: 'meta' })).toBe(false);
    expect(datesDisagree(undefined, { iso: '2020-03-03', source: 'meta' })).toBe(false);
  });
});

describe('titles', () => {
  it('strips outlet suffixes', () => {
    expect(cleanTitle('Лавров: США не заинтересованы в совместной борьбе с киберпреступностью - РИА Новости, 03.03.2020', ['РИА Новости']))
      .toBe('Лавров: США не заинтересованы в совместной борьбе с киберпреступностью');
    expect(cleanTitle('The presidential campaigns brace for a sprint to Election Day | AP News', ['AP News'])).toBe('The presidential campaigns brace for a sprint to Election Day');
    expect(cleanTitle('Наступного тижня на Україну чекають аномальна спека та грози — ZAXID.NET', ['zaxid.net'])).toBe('Наступного тижня на Україну чекають аномальна спека та грози');
    expect(cleanTitle('Зірвана операція НАБУ - 24 Канал', ['24 Канал'])).toBe('Зірвана операція НАБУ');
  });
  it('leaves separators that belong to the headline', () => {
    expect(cleanTitle('Парламент Молдовы, "с подачи Додона" - ограничил полномочия Санду', ['УНН'])).toBe('Парламент Молдовы, "с подачи Додона" - ограничил полномочия Санду');
    expect(cleanTitle('Лавров: Трамп подтвердил Путину заинтересованность', ['ТАСС'])).toBe('Лавров: Трамп подтвердил Путину заинтересованность');
  });
  it('skips a candidate that is only the site name', () => {
    expect(pickTitle(['Газета «Коммерсантъ»', 'Легкий троннинг'], ['Коммерсантъ'])).toBe('Легкий троннинг');
  });
  it('prefers the bare headline over "headline — unknown site"', () => {
    expect(pickTitle(['Путин и Байден пообщались на тему киберпреступлений. — Новости дня', 'Путин и Байден пообщались на тему киберпреступлений.'], []))
      .toBe('Путин и Байден пообщались на тему киберпреступлений.');
  });
});

describe('boilerplate rules', () => {
  const rule = (text: string, linkChars = 0) => boilerplateRule({ text, linkChars, tag: 'P' }, 'Заголовок статьи');
  it('drops subscription lines, with a Latin "c" typed inside a Cyrillic word', () => {
    expect(rule('Підписуйтеcь на наш Telegram-канал Lenta.UA - ЄДИНІ незалежні новини про події в Україні та світі')).toBe('subscribe');
    expect(rule('Читать ria.ru в Дзен')).toBe('read-us');
  });
  it('drops captions, credits and author lines', () => {
    expect(rule('© Fotolia / NicoElNino')).toBe('photo-credit');
    expect(rule('Фото: Владимир Путин (kremlin.ru)')).toBe('photo-credit');
    expect(rule('Иллюстративное фото: росСМИ')).toBe('photo-credit');
    expect(rule('Вид на Государственный исторический музей. Архивное фото')).toBe('photo-credit');
    expect(rule('Автор: РБК-Україна')).toBe('author');
    expect(rule('Reporting by Rodrigo Campos; Editing by Nick Zieminski')).toBe('author');
  });
  it('drops widgets, share bars, cookie notices, feed timestamps and all-link headlines', () => {
    expect(rule('Чтобы участвовать в дискуссии, авторизуйтесь или зарегистрируйтесь')).toBe('widget');
    expect(rule('Поделиться ВКонтакте Telegram')).toBe('share');
    expect(rule('CCPA Right to Opt-Out of the Sale of Your Personal Information')).toBe('cookie');
    expect(rule('01:15 07 сен 2025.')).toBe('timestamp');
    expect(rule('Nov. 20, 2019 5:52 AM EST')).toBe('timestamp');
    const headline = 'Советник Клинтон предложил "агрессивно" давить на Россию через СМИ';
    expect(rule(headline, headline.length)).toBe('related-link');
    expect(rule('ua en ru')).toBe('fragment');
  });
  it('keeps article sentences, including ones that mention the same words', () => {
    expect(rule('Об этом сообщает пресс-служба Кремля.')).toBeUndefined();
    expect(rule('Напомним:')).toBeUndefined();
    expect(rule('Хакеры похитили персональные данные и фото пользователей, сообщили в компании.')).toBeUndefined();
    expect(rule('По теме кибербезопасности Лавров высказался отдельно, подчеркнув важность диалога.')).toBeUndefined();
  });
});

describe('sentenceRanges', () => {
  const html = `<!DOCTYPE html><html><head><title>t</title></head><body>
    <nav>Главная Политика</nav>
    <div class="teaser">Путин заявил, что Россия готова.</div>
    <article><p>МОСКВА, 21&nbsp;июля. /ТАСС/. Путин <a href="#">заявил</a>, что <b>Россия</b> готова.
    Второе предложение тут.</p><p style="display:none">Скрытый текст.</p><p>Текст со&shy;скрытым переносом.</p></article></body></html>`;
  const doc = new JSDOM(html).window.document;
  const article = (sentences: string[]): ExtractedArticle => {
    let text = '';
    const spans = sentences.map((s) => {
      if (text) text += ' ';
      const start = text.length;
      text += s;
      return { text: s, start, end: text.length, paragraph: 0 };
    });
    return { url: 'https://tass.ru/x', title: 't', lang: 'ru', datesDisagree: false, readerable: true, text, paragraphs: [{ start: 0, end: text.length }], sentences: spans };
  };

  it('spans inline markup and no-break spaces, and reads in order after the previous hit', () => {
    const ranges = sentenceRanges(doc, article(['МОСКВА, 21 июля. /ТАСС/.', 'Путин заявил, что Россия готова.', 'Второе предложение тут.']));
    expect(ranges.map((r) => r?.toString().replace(/\s+/g, ' '))).toEqual(['МОСКВА, 21 июля. /ТАСС/.', 'Путин заявил, что Россия готова.', 'Второе предложение тут.']);
    // The teaser above the article has the same words; the article's copy is the one highlighted.
    expect(ranges[1]!.startContainer.parentElement!.closest('article')).not.toBeNull();
    expect(ranges[1]!.endContainer.textContent).toContain('готова');
  });
  it('falls back to a whole-page search and returns null when the sentence is gone or hidden', () => {
    const ranges = sentenceRanges(doc, article(['Второе предложение тут.', 'Путин заявил, что Россия готова.', 'Скрытый текст.', 'Этого предложения нет.']));
    expect(ranges[0]).not.toBeNull();
    expect(ranges[1]?.startContainer.parentElement?.className).toBe('teaser');
    expect(ranges[2]).toBeNull();
    expect(ranges[3]).toBeNull();
  });
  it('ignores soft hyphens inside words', () => {
    expect(sentenceRanges(doc, article(['Текст соскрытым переносом.']))[0]).not.toBeNull();
  });
});

describe('extractArticle on small documents', () => {
  const page = (body: string, head = '') => new JSDOM(`<!DOCTYPE html><html><head><title>Новость</title>${head}</head><body>${body}</body></html>`).window.document;
  it('refuses a page with no article signals and little text', () => {
    const r = extractArticle(page('<ul><li><a href="/a">Новость один</a></li><li><a href="/b">Новость два</a></li></ul>'), new URL('https://example.com/'));
    expect(r).toMatchObject({ ok: false, reason: 'not-article' });
  });
  it('extracts a short page that declares itself an article', () => {
    const head = '<meta property="og:type" content="article"><meta property="article:published_time" content="2021-06-17T10:00:00+03:00">';
    const r = extractArticle(page('<article><h1>Новость</h1><p>Президент заявил журналистам, что переговоры по кибербезопасности начнутся в июле. Об этом сообщили в Кремле.</p></article>', head), new URL('https://example.com/news/1'));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.article.published).toEqual({ iso: '2021-06-17T10:00:00+03:00', source: 'meta' });
  });
});
