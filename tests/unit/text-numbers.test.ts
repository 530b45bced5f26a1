// Numbers, amounts and dates as news writes them, in three languages: the
// matcher compares values, so "восемьдесят", "вісімдесят" and "80" must agree.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/text/analyze';

const nums = (text: string) => analyze(text).numbers.filter((n) => !n.isDate).map((n) => (n.unit ? [n.value, n.unit] : n.value));
const dates = (text: string) => analyze(text).dates.map((d) => [d.day, d.month, d.year]);

describe('numbers', () => {
  it('reads number words in ru, uk and en', () => {
    expect(nums('о восьмидесяти запросах')).toEqual([80]);
    expect(nums('восемьдесят запросов')).toEqual([80]);
    expect(nums('вісімдесят запитів')).toEqual([80]);
    expect(nums('eighty requests')).toEqual([80]);
    expect(nums('двенадцать запросов')).toEqual([12]);
    expect(nums('двадцать пять тысяч человек')).toEqual([25000]);
    expect(nums('forty-five such requests')).toEqual([45]);
  });
  it('reads amounts with scale words and currencies', () => {
    expect(nums('США выделили Украине 38 млн долларов на киберзащиту')).toEqual([[38_000_000, 'USD']]);
    expect(nums('bitcoins worth about $2.3 million')).toEqual([[2_300_000, 'USD']]);
    expect(nums('тридцать восемь миллионов долларов')).toEqual([[38_000_000, 'USD']]);
    expect(nums('1 000 000 гривень')).toEqual([[1_000_000, 'UAH']]);
    expect(nums('63,7 биткоина')).toEqual([63.7]);
    expect(nums('between 800 and 1,500 businesses')).toEqual([800, 1500]);
  });
  it('keeps the counted noun, for comparing like with like', () => {
    const [n] = analyze('о 80 запросах о киберпреступлениях').numbers;
    expect(n.kind).toBe('запрос');
    expect(analyze('80 российских запросов').numbers[0].nouns).toContain('запрос');
  });
  it('reads hundreds after any count below a hundred and decimals read out in words (issue 10, class 4)', () => {
    expect(nums('fifteen hundred firms')).toEqual([1500]);
    expect(nums('eight hundred to fifteen hundred firms')).toEqual([800, 1500]);
    expect(nums('about two point three million dollars')).toEqual([[2300000, 'USD']]);
    expect(nums('at this point three people')).toEqual([3]);
    expect(nums('сто двадцать запросов')).toEqual([120]);
  });
  it('does not take the next number word for the counted noun', () => {
    expect(analyze('eight hundred to fifteen hundred firms').numbers[0].nouns).toEqual([]);
  });
  it('treats years and days of dates as dates, not quantities', () => {
    const a = analyze('в ноябре 2015 года, 16 июня, в 2020 году');
    expect(a.numbers.every((n) => n.isDate)).toBe(true);
  });
  it('turns numbers into search terms, so words and digits meet', () => {
    expect(analyze('восемьдесят запросов').terms.map((t) => t.stem)).toContain('80');
    expect(analyze('80 запросов').terms.map((t) => t.stem)).toContain('80');
  });
});

describe('dates', () => {
  it('finds day-month, month-year and full dates in three languages', () => {
    expect(dates('16 июня в Женеве')).toEqual([[16, 6, undefined]]);
    expect(dates('9 липня 2021 року')).toEqual([[9, 7, 2021]]);
    expect(dates('on July 9, 2021')).toEqual([[9, 7, 2021]]);
    expect(dates('в ноябре 2015 года')).toEqual([[undefined, 11, 2015]]);
    expect(dates('21.07.2017')).toEqual([[21, 7, 2017]]);
  });
  it('does not take a modal "may" for a month', () => expect(dates('the US may respond')).toEqual([]));
});
