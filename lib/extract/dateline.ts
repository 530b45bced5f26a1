// The dateline news agencies put before the first sentence: "МОСКВА, 21 июля.
// /ТАСС/.", "ВЛАДИВОСТОК, 9 окт — РИА Новости.", "КИЕВ. 3 декабря. УНН.",
// "KYIV, June 16 (Reuters) -". It dates the reported event, and on migrated or
// republished pages it is the only trustworthy date (see the RIA seed).
import { isoDay, monthFromWord } from '../text/dates';
import type { Dateline, PublishedDate } from './types';

// The place: upper-case words ("НЬЮ-ЙОРК", "BEIRUT/THE HAGUE", "ST. PETERSBURG").
const PLACE = String.raw`\p{Lu}[\p{Lu}\p{M}'’.\-]*(?:[ /]+\p{Lu}[\p{Lu}\p{M}'’.\-]*){0,4}`;
// Any word in the month slot; monthFromWord() decides (keeps the regex case-sensitive for the place).
const WORD = String.raw`(\p{L}{3,10})\.?(?!\p{L})`;
const DATE_DM = String.raw`(\d{1,2})\s+${WORD}`;
const DATE_MD = String.raw`${WORD}\s+(\d{1,2})(?!\d)`;
const YEAR = String.raw`(?:,?\s+(\d{4})(?:\s*(?:г|р)\.?)?)?`;
// What follows a dateline: a dot, a dash, "/ТАСС/", "(Reuters)" or the next word.
const AFTER = String.raw`(?=\s*(?:[.,:—–\-/(]|\p{Lu}))`;

const DATELINE_DM = new RegExp(`^(${PLACE})[,.]\\s+${DATE_DM}${YEAR}${AFTER}`, 'u');
const DATELINE_MD = new RegExp(`^(${PLACE})[,.]\\s+${DATE_MD}${YEAR}${AFTER}`, 'u');

/** The dateline at the very start of a paragraph, or undefined. */
export function parseDateline(paragraph: string): Dateline | undefined {
  const text = paragraph.trimStart().slice(0, 160);
  const dm = DATELINE_DM.exec(text);
  const md = dm ? null : DATELINE_MD.exec(text);
  const m = dm ?? md;
  if (!m) return undefined;
  // An all-caps place, at least two letters, so "В 2015 году" never passes as a dateline.
  const place = m[1];
  if ((place.match(/\p{Lu}/gu)?.length ?? 0) < 2 || /\p{Ll}/u.test(place)) return undefined;
  const day = Number(dm ? m[2] : m[3]);
  const month = monthFromWord(dm ? m[3] : m[2]);
  if (!month || day < 1 || day > 31) return undefined;
  const year = m[4] ? Number(m[4]) : undefined;
  // "НЬЮ-ЙОРК, 1 сентября 2020 г." → "НЬЮ-ЙОРК, 1 сентября 2020"; "МОСКВА, 21 июля." → "МОСКВА, 21 июля".
  const shown = m[0].trim().replace(/(\d{4})\s*(?:г|р)\.?$/u, '$1').replace(/\.$/, '');
  return { text: shown, day, month, ...(year ? { year } : {}) };
}

/** The first dateline among the opening paragraphs (a lead or subtitle may come first). */
export function findDateline(paragraphs: string[]): Dateline | undefined {
  for (const p of paragraphs.slice(0, 3)) {
    const d = parseDateline(p);
    if (d) return d;
  }
  return undefined;
}

const DAY_MS = 86_400_000;

/**
 * True when the dateline's day lies more than one day from the published day.
 * One day of slack absorbs time zones (an evening Moscow dateline stored as
 * the next day's UTC timestamp); a year-less dateline is placed in whichever
 * of the published year and its neighbours lies closest.
 */
export function datesDisagree(dateline: Dateline | undefined, published: PublishedDate | undefined): boolean {
  if (!dateline || !published) return false;
  const p = isoDay(published.iso);
  const pubMs = Date.UTC(p.year, p.month - 1, p.day);
  const years = dateline.year ? [dateline.year] : [p.year - 1, p.year, p.year + 1];
  const diff = Math.min(...years.map((y) => Math.abs(Date.UTC(y, dateline.month - 1, dateline.day) - pubMs)));
  return diff > DAY_MS;
}
