// `npx tsx scripts/compare-splitters.ts`: the kept sentence splitter
// (lib/text/sentences.ts: Intl.Segmenter plus abbreviation/initial fixes)
// against Intl.Segmenter alone (issue 10). Two measures: exact splits on
// labelled news sentences with the usual traps, and how often the two
// disagree on the article text of the real and seed pages.
import { splitSentences } from '../lib/text/sentences';
import { realPages } from '../tests/eval/data';
import { pageText } from '../tests/eval/extract';
import { seedPages } from '../tests/eval/evaluate';

// Each case: the sentences it must split into (joined by one space for the input).
const CASES: [string, string[]][] = [
  ['ru', ['В. Путин заявил 16 июня о запросах.', 'Ответа не было.']],
  ['ru', ['Об этом сообщил г. Москва, ул. Тверская, д. 13.', 'Это адрес мэрии.']],
  ['ru', ['В 2015 г. Генпрокуратура направила письмо.', 'Ответа так и не было.']],
  ['ru', ['С. Лавров и Дж. Керри обсудили консультации.', 'Встреча прошла в Москве.']],
  ['ru', ['По словам проф. Иванова, атаки шли из США.', 'Доказательств он не привёл.']],
  ['uk', ['Про це заявив В. Зеленський у Києві.', 'Він додав, що переговори тривають.']],
  ['uk', ['Адреса: вул. Хрещатик, 1.', 'Приймальня працює щодня.']],
  ['uk', ['У 2020 р. США виділили Україні 38 млн доларів.', 'Частину отримав USAID.']],
  ['en', ['U.S. President Joe Biden spoke with Putin.', 'The call lasted an hour.']],
  ['en', ['Mr. Peskov said Russia had nothing to do with it.', 'He gave no details.']],
  ['en', ['Gen. Nakasone told Congress on Jan. 5 that the hack was ongoing.', 'Officials declined to comment.']],
  ['en', ['The Justice Dept. seized 63.7 bitcoins.', 'That was about $2.3 million.']],
  ['ru', ['Путин: «Мы готовы к работе».', 'Байден ответил позже.']],
  ['en', ['"We will act," Psaki said.', 'The White House gave no date.']],
  ['ru', ['Сумма составила 2,3 млн долл. США.', 'Деньги изъяли.']],
  ['uk', ['Пєсков (прессекретар Кремля) заперечив це.', 'Коментарів не було.']],
];

function plain(text: string, lang: string): string[] {
  return [...new Intl.Segmenter(lang, { granularity: 'sentence' }).segment(text)].map((s) => s.segment.trim()).filter(Boolean);
}

const out = (s = '') => process.stdout.write(`${s}\n`);
let keptOk = 0;
let plainOk = 0;
for (const [lang, want] of CASES) {
  const text = want.join(' ');
  const kept = splitSentences(text, lang as 'ru').map((s) => s.text);
  const p = plain(text, lang);
  if (JSON.stringify(kept) === JSON.stringify(want)) keptOk++;
  else out(`  kept wrong:  ${JSON.stringify(kept)}`);
  if (JSON.stringify(p) === JSON.stringify(want)) plainOk++;
}
out(`labelled cases (${CASES.length}): kept splitter ${keptOk}/${CASES.length}, Intl.Segmenter alone ${plainOk}/${CASES.length}`);

let n = 0;
let differ = 0;
let keptCount = 0;
let plainCount = 0;
const texts: { lang: string; text: string }[] = [];
for (const [name, html] of realPages()) texts.push({ lang: 'other', text: (await pageText(html, `https://example.org/${name}`)).text });
for (const p of seedPages()) texts.push({ lang: 'other', text: (await pageText(p.html, p.url)).text });
for (const { text } of texts) {
  for (const para of text.split('\n\n')) {
    if (!para.trim()) continue;
    n++;
    const k = splitSentences(para).map((s) => s.text);
    const p = plain(para, 'ru');
    keptCount += k.length;
    plainCount += p.length;
    if (JSON.stringify(k) !== JSON.stringify(p)) differ++;
  }
}
out(`page paragraphs (${texts.length} pages, ${n} paragraphs): splits differ in ${differ} (${((100 * differ) / n).toFixed(1)}%); sentences kept ${keptCount}, Intl.Segmenter alone ${plainCount}`);
