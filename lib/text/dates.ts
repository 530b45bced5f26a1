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

// The one month table (issue 10: the extractor had its own): every case form
// of the full names in Russian, Ukrainian and English, and newsroom
// abbreviations. Ukrainian "лист." is left out: "лист" is also "letter", and
// "лист 2015 року" must not become November 2015.
const MONTH_SOURCES: [string, number][] = [
  ['январ\\p{L}*|янв|січ\\p{L}*|jan|january', 1], ['феврал\\p{L}*|фев|февр|лют\\p{L}*|feb|february', 2], ['март\\p{L}*|мар|берез\\p{L}*|бер|mar|march', 3],
  ['апрел\\p{L}*|апр|квіт\\p{L}*|apr|april', 4], ['ма[йяею]|травн\\p{L}*|травень|трав|may', 5], ['июн\\p{L}*|черв\\p{L}*|jun|june', 6],
  ['июл\\p{L}*|лип\\p{L}*|jul|july', 7], ['август\\p{L}*|авг|серп\\p{L}*|aug|august', 8], ['сентябр\\p{L}*|сен|сент|верес\\p{L}*|вер|sep|sept|september', 9],
  ['октябр\\p{L}*|окт|жовт\\p{L}*|oct|october', 10], ['ноябр\\p{L}*|ноя|нояб|листопад\\p{L}*|nov|november', 11], ['декабр\\p{L}*|дек|груд\\p{L}*|dec|december', 12],
];
const MONTHS: [RegExp, number][] = MONTH_SOURCES.map(([src, m]) => [new RegExp(`^(?:${src})$`, 'u'), m]);

/** Regex source matching any month word as a whole word, with an optional dot (for the extractor's date patterns). */
export const MONTH_WORD = `(?<![\\p{L}])(${MONTH_SOURCES.map(([src]) => src).join('|')})\\.?(?![\\p{L}])`;

/** Month number of a month name in any of the three languages and cases (lower case, normalised). */
export const monthOf: (word: string) => number | undefined = memo((word) => {
  for (const [re, m] of MONTHS) if (re.test(word)) return m;
  return undefined;
});

/** 1–12 for a month name or abbreviation as written ("Июня", "Oct."); undefined otherwise. */
export function monthFromWord(word: string): number | undefined {
  return monthOf(word.toLowerCase().replace(/ё/g, 'е').replace(/\.$/, ''));
}

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
