// Calendar dates stated in a text ("16 июня", "9 липня 2021", "July 9, 2021",
// "в ноябре 2015 года", "21.07.2017"), as parts, because news usually omits
// the year. Matching rewards a sentence whose date agrees with a claim's.
import { memo } from './memo';
import type { Token } from './tokenize';

export interface DateMention {
  year?: number;
  month?: number;
  day?: number;
  start: number;
  end: number;
}

const MONTHS: [RegExp, number][] = [
  [/^(январ\p{L}*|січ\p{L}*|jan|january)$/u, 1], [/^(феврал\p{L}*|лют\p{L}*|feb|february)$/u, 2], [/^(март\p{L}*|берез\p{L}*|mar|march)$/u, 3],
  [/^(апрел\p{L}*|квіт\p{L}*|apr|april)$/u, 4], [/^(ма[йяею]|травн\p{L}*|may)$/u, 5], [/^(июн\p{L}*|черв\p{L}*|jun|june)$/u, 6],
  [/^(июл\p{L}*|лип\p{L}*|jul|july)$/u, 7], [/^(август\p{L}*|серп\p{L}*|aug|august)$/u, 8], [/^(сентябр\p{L}*|верес\p{L}*|sep|sept|september)$/u, 9],
  [/^(октябр\p{L}*|жовт\p{L}*|oct|october)$/u, 10], [/^(ноябр\p{L}*|листопад\p{L}*|nov|november)$/u, 11], [/^(декабр\p{L}*|груд\p{L}*|dec|december)$/u, 12],
];

/** Month number of a month name in any of the three languages and cases. */
export const monthOf: (word: string) => number | undefined = memo((word) => {
  for (const [re, m] of MONTHS) if (re.test(word)) return m;
  return undefined;
});

const day = (t: Token | undefined) => (t && t.kind === 'number' && /^\d{1,2}$/.test(t.norm) && +t.norm >= 1 && +t.norm <= 31 ? +t.norm : undefined);
const year = (t: Token | undefined) => (t && t.kind === 'number' && /^(19|20)\d\d$/.test(t.norm) ? +t.norm : undefined);

/** Dates with at least a month next to a day or a year, plus numeric dd.mm.yyyy. A lone month name ("may") is not a date. */
export function findDates(text: string, tokens: Token[]): DateMention[] {
  const out: DateMention[] = [];
  for (const m of text.matchAll(/\b(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)\b/g)) {
    out.push({ day: +m[1], month: +m[2], year: +m[3], start: m.index, end: m.index + m[0].length });
  }
  for (let i = 0; i < tokens.length; i++) {
    const month = tokens[i].kind === 'word' ? monthOf(tokens[i].norm) : undefined;
    if (!month) continue;
    const d = day(tokens[i - 1]) ?? day(tokens[i + 1]);
    const y = year(tokens[i + 1]) ?? (day(tokens[i + 1]) !== undefined ? year(tokens[i + 2]) : undefined);
    if (d === undefined && y === undefined) continue;
    const first = day(tokens[i - 1]) !== undefined ? i - 1 : i;
    const last = y !== undefined ? (year(tokens[i + 1]) ? i + 1 : i + 2) : day(tokens[i + 1]) !== undefined && day(tokens[i - 1]) === undefined ? i + 1 : i;
    out.push({ day: d, month, year: y, start: tokens[first].start, end: tokens[last].end });
  }
  return out;
}
