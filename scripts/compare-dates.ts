// `npx tsx scripts/compare-dates.ts`: the kept date parser (lib/text/dates.ts
// parseDateText, one month table for ru/uk/en) against chrono-node's ru, uk and
// en parsers (issue 10). Labelled cases in the formats Sverka meets in page
// headers, datelines and article text, each with the calendar date it states
// (year only when the text prints one). chrono-node is a devDependency for this
// script alone: the extension does not ship it.
import * as chrono from 'chrono-node';
import { parseDateText, type DateParts } from '../lib/text/dates';

type Want = { day: number; month: number; year?: number } | null;
const CASES: [string, 'ru' | 'uk' | 'en', Want][] = [
  ['21 июля 2017, 16:48', 'ru', { day: 21, month: 7, year: 2017 }],
  ['ВЛАДИВОСТОК, 9 окт', 'ru', { day: 9, month: 10 }],
  ['МОСКВА, 16 июня. /ТАСС/.', 'ru', { day: 16, month: 6 }],
  ['09.10.2016 10:23', 'ru', { day: 9, month: 10, year: 2016 }],
  ['21:17 18.11.2019', 'ru', { day: 18, month: 11, year: 2019 }],
  ['Опубликовано 3 марта 2020 года', 'ru', { day: 3, month: 3, year: 2020 }],
  ['в ноябре 2015 года', 'ru', null],
  ['сегодня в 16:19', 'ru', null],
  ['31.02.2020', 'ru', null],
  ['Москва. 25 сентября. INTERFAX.RU', 'ru', { day: 25, month: 9 }],
  ['12 янв. 2021', 'ru', { day: 12, month: 1, year: 2021 }],
  ['20 вересня 2020', 'uk', { day: 20, month: 9, year: 2020 }],
  ['Київ, 9 липня', 'uk', { day: 9, month: 7 }],
  ['15 листопада 2021, 12:05', 'uk', { day: 15, month: 11, year: 2021 }],
  ['Четвер, 10 червня 2021', 'uk', { day: 10, month: 6, year: 2021 }],
  ['03.03.2020', 'uk', { day: 3, month: 3, year: 2020 }],
  ['лист 2015 року', 'uk', null],
  ['1 груд. 2020', 'uk', { day: 1, month: 12, year: 2020 }],
  ['June 16, 2021', 'en', { day: 16, month: 6, year: 2021 }],
  ['Nov. 20, 2019 5:52 AM EST', 'en', { day: 20, month: 11, year: 2019 }],
  ['WASHINGTON, July 9 (Reuters)', 'en', { day: 9, month: 7 }],
  ['Updated 2:14 PM GMT+3, September 2, 2024', 'en', { day: 2, month: 9, year: 2024 }],
  ['16 June 2021', 'en', { day: 16, month: 6, year: 2021 }],
  ['Sept. 5, 2023', 'en', { day: 5, month: 9, year: 2023 }],
  ['may be later', 'en', null],
];

const same = (got: { day?: number; month?: number; year?: number } | undefined, want: Want) =>
  want === null ? got === undefined : !!got && got.day === want.day && got.month === want.month && got.year === want.year;

function viaChrono(text: string, lang: 'ru' | 'uk' | 'en') {
  const r = chrono[lang].parse(text, new Date(Date.UTC(2030, 0, 1)))[0];
  if (!r || !r.start.isCertain('day') || !r.start.isCertain('month')) return undefined;
  return { day: r.start.get('day')!, month: r.start.get('month')!, year: r.start.isCertain('year') ? r.start.get('year')! : undefined };
}
const viaKept = (text: string) => {
  const p: DateParts | undefined = parseDateText(text);
  return p && { day: p.day, month: p.month, year: p.year };
};

let kept = 0;
let chr = 0;
for (const [text, lang, want] of CASES) {
  const a = viaKept(text);
  const b = viaChrono(text, lang);
  kept += +same(a, want);
  chr += +same(b, want);
  const show = (x: typeof a) => (x ? `${x.day}.${x.month}${x.year ? `.${x.year}` : ''}` : '—');
  console.log(`${same(a, want) ? '✓' : '✗'} kept ${show(a).padEnd(11)} ${same(b, want) ? '✓' : '✗'} chrono ${show(b).padEnd(11)} [${lang}] ${text}`);
}
console.log(`\nright: kept ${kept}/${CASES.length}, chrono-node ${chr}/${CASES.length}`);
