// Paragraphs Readability keeps that are not the article: subscription lines,
// photo credits, author lines, related headlines, share bars, cookie notices,
// comment-widget strings, news-feed timestamps. Rules are generic (phrases
// every outlet uses, link density, length), not per-site selectors; each one
// is pinned by a fixture page in tests/fixtures/pages or real-pages.
import type { Block } from './blocks';
import { parseDateText, partsToIso } from '../text/dates';
import { foldLookalikes } from '../text/normalize';

/** Lower-cased text with Latin look-alikes inside Cyrillic words ("Підписуйтеcь") folded to Cyrillic, ё → е. */
export function foldForMatching(text: string): string {
  return foldLookalikes(text).toLowerCase().replace(/ё/g, 'е');
}

// Each rule: a name (for tests and debugging) and a test on the folded text.
const STARTS: [string, RegExp][] = [
  ['subscribe', /^(?:підписуйтесь|підпишіться|подписывайтесь|подпишитесь|приєднуйтесь|присоединяйтесь|следите за|стежте за|subscribe to|sign up for|follow us|join us on|join our)/],
  ['read-us', /^(?:читать [\p{L}.]+ в|читайте (?:нас|нас в|нас у|также|також|более|більше)|читать также|дивіться також|смотрите также|read more|see also|also read)(?![\p{L}])|^(?:по теме|на тему|related|more on this|recommended)\s*:/u],
  ['photo-credit', /^(?:©|\(c\)|фото:|фото -|фото —|photo:|photo by|photo credit|credit:|file photo:|иллюстративное фото|ілюстративне фото|иллюстрация:|ілюстрація:|коллаж|колаж|источник фото|джерело фото|скриншот|screenshot)/],
  ['author', /^(?:автор|author|текст|редактор)(?:\s*:|\s+[\p{Lu}\p{Ll}]+\s*$)|^(?:additional )?(?:reporting|editing|writing|compiled) by /u],
  ['share', /^(?:like this story\?|share (?:it|this) with|поделитесь (?:этой|новостью|с друзьями)|поділіться (?:цією|новиною|з друзями))/],
  ['follow', /^follow .{0,80}(?:coverage|on twitter|on facebook|on x|at https?:)/],
  ['widget', /^(?:чтобы участвовать в дискуссии|чтобы оставить комментарий|щоб залишити коментар|авторизуйтесь|регистрация пройдена успешно|пожалуйста, перейдите по ссылке|сначала новые|сначала старые|load more|показать ещ|показати ще|загрузить ещ|лента новостей|стрічка новин|все новости|всі новини|заголовок открываемого материала|рейтинг@mail\.ru)/],
];

const ANYWHERE: [string, RegExp][] = [
  ['photo-credit', /(?:архивное фото|архівне фото|\breuters\/[\p{L} .-]+$|\bap photo\/|getty images|фото: .{0,80}$|\(фото\)$)/u],
  ['cookie', /(?<![\p{L}])(?:cookies?|куки|ccpa|gdpr|opt-out of the sale|do not sell my)(?![\p{L}])/u],
  ['credit', /contributed to this report\.?$/],
  ['widget', /(?:авторизуйтесь или зарегистрируйтесь|авторизуйтеся або зареєструйтеся|to join the discussion|sign in to comment)/],
];

const SHARE_WORDS = /^(?:(?:поделиться|поширити|share|share this|facebook|twitter|telegram|вконтакте|vk|ok|одноклассники|whatsapp|viber|email|e-mail|linkedin|reddit|print|печать|друк|tweet|x|copy link|копировать ссылку|скопіювати посилання|\d+)[\s,|·•/]*)+$/u;
// A feed timestamp or a bare date ("01:15 07 сен 2025.", "21.07.2017 16:48").
const STAMP = /^(?:\d{1,2}:\d{2}[,\s]*)?(?:\d{1,2}[\s.]+[\p{L}\d]+\.?[\s.,]+\d{4}|\d{1,2}\.\d{1,2}\.\d{2,4})?[,\s]*(?:\d{1,2}:\d{2})?\.?$/u;
const SENTENCE_END = /[.!?…»"”“'’):]$/;

/** The rule a paragraph breaks, or undefined when it reads as article text. */
export function boilerplateRule(block: Block, title: string): string | undefined {
  const text = block.text;
  const folded = foldForMatching(text);
  const words = text.split(' ').length;
  if (STAMP.test(text) && /\d/.test(text)) return 'timestamp';
  // "Nov. 20, 2019 5:52 AM EST": a short dated line that is not a sentence.
  if (text.length <= 60 && !/[.!?…]$/.test(text) && partsToIso(parseDateText(text) ?? { month: 0, day: 0 })) return 'timestamp';
  if (SHARE_WORDS.test(folded)) return 'share';
  for (const [name, re] of STARTS) if (re.test(folded)) return name;
  // Long paragraphs mentioning cookies or captions are articles about them; judge short ones only.
  if (text.length < 400) for (const [name, re] of ANYWHERE) if (re.test(folded)) return name;
  if (title && folded === foldForMatching(title)) return 'title-repeat';
  // A headline that is all link: a related-news teaser embedded in the body.
  if (block.linkChars >= 0.8 * text.length && text.length < 300) return 'related-link';
  // Scraps without a sentence end: counters, button labels, language switchers ("ua en ru").
  if (words <= 4 && !SENTENCE_END.test(text)) return 'fragment';
  return undefined;
}

/** The blocks that read as article text, exact repeats dropped (the first copy stays). */
export function dropBoilerplate(blocks: Block[], title: string): Block[] {
  const seen = new Set<string>();
  return blocks.filter((b) => {
    if (boilerplateRule(b, title)) return false;
    if (seen.has(b.text)) return false;
    seen.add(b.text);
    return true;
  });
}
