// Dates in text, the one parser for ru/uk/en (issue 10: the extractor had its
// own, with its own month table). Two uses: the extractor reads the page's
// publication date and dateline ("21 июля 2017, 16:48", "9 окт", "20 вересня
// 2020", "June 16, 2021", "03.03.2020", ISO 8601, RIA's compact
// "20161009T1023", Unix seconds); matching finds the calendar dates a
// sentence states ("16 июня", "9 липня 2021", "в ноябре 2015 года"), as parts,
// because news usually omits the year, and rewards one that agrees with a
// claim's. Pure string work. scripts/compare-dates.ts measures it against chrono-node.
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
/**
 * The full month names in the case forms news sentences use, as words (the table above is patterns; plain
 * strings, so the content script's bundle, which reads dates but never these, drops them): what
 * matching leaves out of shared wording (lib/match/claim-view.ts isDateTerm). English "March" and "May" are not
 * listed: a verb and a modal.
 */
export const MONTH_NAMES: Record<'ru' | 'uk' | 'en', string> = {
  ru: 'январь января январе февраль февраля феврале март марта марте апрель апреля апреле май мая мае июнь июня июне июль июля июле август августа августе сентябрь сентября сентябре октябрь октября октябре ноябрь ноября ноябре декабрь декабря декабре',
  uk: 'січень січня січні лютий лютого лютому березень березня березні квітень квітня квітні травень травня травні червень червня червні липень липня липні серпень серпня серпні вересень вересня вересні жовтень жовтня жовтні листопад листопада листопаді грудень грудня грудні',
  en: 'january february april june july august september october november december',
};

const MONTHS: [RegExp, number][] = MONTH_SOURCES.map(([src, m]) => [new RegExp(`^(?:${src})$`, 'u'), m]);

/** Regex source matching any month word as a whole word, with an optional dot (for the extractor's date patterns). */
export const MONTH_WORD = `(?<![\\p{L}])(${MONTH_SOURCES.map(([src]) => src).join('|')})\\.?(?![\\p{L}])`;

/** Month number of a month name in any of the three languages and cases (lower case, normalised); unmemoised. */
export function monthOfWord(word: string): number | undefined {
  for (const [re, m] of MONTHS) if (re.test(word)) return m;
  return undefined;
}

/** monthOfWord, memoised. */
export const monthOf: (word: string) => number | undefined = memo(monthOfWord);

/** 1–12 for a month name or abbreviation as written ("Июня", "Oct."); undefined otherwise. */
export function monthFromWord(word: string): number | undefined {
  return monthOf(word.toLowerCase().replace(/ё/g, 'е').replace(/\.$/, ''));
}

const day = (t: Token | undefined) => (t && t.kind === 'number' && /^\d{1,2}$/.test(t.norm) && +t.norm >= 1 && +t.norm <= 31 ? +t.norm : undefined);
const year = (t: Token | undefined) => (t && t.kind === 'number' && /^(19|20)\d\d$/.test(t.norm) ? +t.norm : undefined);

/**
 * Dates with at least a month next to a day or a year, plus numeric dd.mm.yyyy. A lone month name ("may") is not a date.
 * `facts` (tokenizeFacts) spares a month lookup per word.
 */
export function findDates(text: string, tokens: Token[], facts?: readonly ({ month: number | undefined } | undefined)[]): DateMention[] {
  const out: DateMention[] = [];
  for (const m of text.matchAll(/\b(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)\b/g)) {
    out.push({ day: +m[1], month: +m[2], year: +m[3], start: m.index, end: m.index + m[0].length });
  }
  for (let i = 0; i < tokens.length; i++) {
    const month = tokens[i].kind === 'word' ? (facts ? facts[i]!.month : monthOf(tokens[i].norm)) : undefined;
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

// ——— Dates the extractor reads: publication dates and datelines ———

/** A calendar date read from text; time fields only when the text had them. */
export interface DateParts {
  year?: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function validDay(year: number | undefined, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  if (year === undefined) return true;
  return new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day;
}

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$/i;
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})?)?$/;

function offsetOf(raw: string | undefined): string {
  if (!raw) return '';
  if (/^(z|utc|gmt)$/i.test(raw)) return 'Z';
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(raw);
  return m ? `${m[1]}${m[2]}:${m[3] ?? '00'}` : '';
}

/**
 * Normalises a machine-readable date (ISO 8601 with or without offset, RIA's
 * "20161009T1023", Unix seconds) to ISO 8601, keeping the page's own offset
 * so the calendar day stays the one the outlet printed. Undefined if invalid.
 */
export function normalizeIsoDate(raw: string): string | undefined {
  const s = raw.trim();
  const m = ISO.exec(s) ?? COMPACT.exec(s);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (!validDay(y, mo, d) || y < 1990 || y > 2100) return undefined;
    const date = `${y}-${pad(mo)}-${pad(d)}`;
    if (m[4] === undefined) return date;
    return `${date}T${pad(Number(m[4]))}:${m[5]}:${m[6] ?? '00'}${offsetOf(m[7])}`;
  }
  if (/^\d{10}$/.test(s)) return new Date(Number(s) * 1000).toISOString().replace('.000Z', 'Z');
  return undefined;
}

const NUMERIC = /(?<!\d)(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)/;
const DAY_MONTH = new RegExp(`(?<!\\d)(\\d{1,2})\\s+${MONTH_WORD},?(?:\\s+(\\d{4})(?!\\d))?`, 'iu');
const MONTH_DAY = new RegExp(`${MONTH_WORD}\\s+(\\d{1,2})(?!\\d)(?:,?\\s+(\\d{4})(?!\\d))?`, 'iu');
const TIME = /(?<!\d)([01]?\d|2[0-3]):([0-5]\d)(?!\d)/;

/**
 * The first date in human-readable text: "21 июля 2017, 16:48", "9 окт",
 * "15 вересня 2020", "June 16, 2021", "Nov. 20, 2019", "03.03.2020 10:23".
 * The year is left out when the text has none (datelines rarely print it).
 */
export function parseDateText(text: string): DateParts | undefined {
  const candidates: { at: number; len: number; parts: DateParts }[] = [];
  const num = NUMERIC.exec(text);
  if (num) candidates.push({ at: num.index, len: num[0].length, parts: { day: +num[1], month: +num[2], year: +num[3] } });
  const dm = DAY_MONTH.exec(text);
  if (dm) candidates.push({ at: dm.index, len: dm[0].length, parts: { day: +dm[1], month: monthFromWord(dm[2])!, year: dm[3] ? +dm[3] : undefined } });
  const md = MONTH_DAY.exec(text);
  if (md) candidates.push({ at: md.index, len: md[0].length, parts: { day: +md[2], month: monthFromWord(md[1])!, year: md[3] ? +md[3] : undefined } });
  const valid = candidates.filter((c) => validDay(c.parts.year, c.parts.month, c.parts.day)).sort((a, b) => a.at - b.at);
  const first = valid[0];
  if (!first) return undefined;
  // A time printed right next to the date ("21 июля 2017, 16:48", "21:17 18.11.2019").
  const near = text.slice(Math.max(0, first.at - 8), first.at + first.len + 12);
  const t = TIME.exec(near);
  return t ? { ...first.parts, hour: +t[1], minute: +t[2] } : first.parts;
}

/** ISO 8601 for parsed parts that have a year (local time, no offset: the page did not say). */
export function partsToIso(p: DateParts): string | undefined {
  if (p.year === undefined) return undefined;
  const date = `${p.year}-${pad(p.month)}-${pad(p.day)}`;
  return p.hour === undefined ? date : `${date}T${pad(p.hour)}:${pad(p.minute ?? 0)}:00`;
}

/** The calendar day an ISO string names in its own offset ("2020-06-29T00:16+03:00" → 2020-06-29). */
export function isoDay(iso: string): { year: number; month: number; day: number } {
  return { year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)), day: Number(iso.slice(8, 10)) };
}
