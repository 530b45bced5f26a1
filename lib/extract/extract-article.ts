// Article extraction: the one entry point the content script, the tests and
// the command-line tool call. Readability finds the article on a clone of the
// document (the live page is never modified); Sverka's own layer then fixes
// the title, drops boilerplate Readability keeps, reads dates and dateline,
// and cuts the text into paragraphs and sentences with offsets.
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { outletForUrl } from '../outlets';
import { detectLang } from '../text/lang';
import { blocksOf } from './blocks';
import { dropBoilerplate } from './boilerplate';
import { datesDisagree, findDateline } from './dateline';
import { stripInvisibleMarkup } from './hidden';
import { readJsonLd } from './json-ld';
import { findLead } from './lead';
import { readMeta } from './metadata';
import { findPublished } from './published';
import { splitSentences } from './sentences';
import { articleSignals, DEFAULT_MAX_DEPTH, DEFAULT_MAX_HTML_CHARS, DEFAULT_MAX_MILLIS, DEFAULT_MAX_TEXT_CHARS, isIndexPath, tooLarge } from './signals';
import { BudgetExceeded, guardReadability, startBudget, type Budget } from './budget';
import type { ExtractedArticle, ExtractOptions, ExtractResult, Sentence } from './types';

/** Fewer characters than this after cleanup is not an article worth matching. */
const MIN_ARTICLE_CHARS = 80;
// The article crosses to the background in one message whose schema
// (lib/protocol.ts ArticleSchema) caps these counts; a page past them is too
// large, rather than a message the background would refuse (leaving the panel
// waiting forever).
export const MAX_PARAGRAPHS = 20_000;
export const MAX_SENTENCES = 50_000;
// Consent and cookie banners Readability sometimes mistakes for the article (reuters-2).
const CONSENT = /(?:^|[\s_-])(?:cookies?|consent|gdpr|ccpa|onetrust|didomi|usercentrics)(?:$|[\s_-])/i;

const NOT_ARTICLE = 'This page does not look like a news article: it has no article metadata and too little running text (a home page, a list or a gallery?).';

function removeConsentBanners(doc: Document): void {
  for (const el of Array.from(doc.querySelectorAll('[id], [class]'))) {
    if (CONSENT.test(`${el.id} ${el.getAttribute('class') ?? ''}`)) el.remove();
  }
}

function parseClone(doc: Document, maxElems: number, budget: Budget): ReturnType<Readability<Element>['parse']> {
  const clone = doc.cloneNode(true) as Document;
  removeConsentBanners(clone);
  stripInvisibleMarkup(clone);
  budget.check('preparing the page');
  const reader = new Readability<Element>(clone, { serializer: (el) => el as Element, maxElemsToParse: maxElems });
  guardReadability(reader, budget);
  return reader.parse();
}

/**
 * Extracts the article from `doc` (the live document, or a jsdom one in
 * tests and the CLI) served at `url`. Never throws for a page's content;
 * returns a reason instead: 'too-large', 'not-article' or 'empty'. Bounded:
 * pages over the size caps are refused before parsing, and a parse that
 * outlives the time budget is stopped ('too-large').
 */
export function extractArticle(doc: Document, url: URL, opts: ExtractOptions = {}): ExtractResult {
  const budget = startBudget(opts.maxMillis ?? DEFAULT_MAX_MILLIS, opts.now);
  try {
    return extractWithin(doc, url, opts, budget);
  } catch (e) {
    if (e instanceof BudgetExceeded) return { ok: false, reason: 'too-large', detail: e.message };
    throw e;
  }
}

function extractWithin(doc: Document, url: URL, opts: ExtractOptions, budget: Budget): ExtractResult {
  const maxHtml = opts.maxHtmlChars ?? DEFAULT_MAX_HTML_CHARS;
  const maxText = opts.maxTextChars ?? DEFAULT_MAX_TEXT_CHARS;
  const big = tooLarge(doc, maxHtml, maxText, opts.maxDepth ?? DEFAULT_MAX_DEPTH);
  if (big) return { ok: false, reason: 'too-large', detail: big };

  const ld = readJsonLd(doc);
  const signals = articleSignals(doc, ld);
  const readerable = isProbablyReaderable(doc);
  if (!readerable && signals.length === 0) return { ok: false, reason: 'not-article', detail: NOT_ARTICLE };
  budget.check('reading the metadata');

  let parsed: ReturnType<typeof parseClone>;
  try {
    parsed = parseClone(doc, Math.floor(maxHtml / 50), budget);
  } catch (e) {
    // Readability throws when the clone exceeds maxElemsToParse ("Aborting parsing document").
    if (e instanceof Error && /Aborting/.test(e.message)) return { ok: false, reason: 'too-large', detail: e.message };
    throw e;
  }
  if (!parsed?.content) return { ok: false, reason: 'empty', detail: 'No article text was found on this page.' };
  if ((parsed.textContent?.length ?? 0) > maxText) {
    return { ok: false, reason: 'too-large', detail: `The article text is over ${maxText} characters.` };
  }
  budget.check('finding the article');

  const meta = readMeta(doc, url, ld, parsed);
  const blocks = blocksOf(parsed.content);
  const total = blocks.reduce((n, b) => n + b.text.length, 0);
  const linked = blocks.reduce((n, b) => n + b.linkChars, 0);
  if (signals.length === 0 && (isIndexPath(url) || linked > 0.5 * total)) {
    return { ok: false, reason: 'not-article', detail: NOT_ARTICLE };
  }
  const lead = findLead(doc, ld, blocks.map((b) => b.text).join('\n'));
  const kept = dropBoilerplate(lead ? [{ text: lead, linkChars: 0, tag: 'P' }, ...blocks] : blocks, meta.title);
  budget.check('cleaning up the text');
  if (kept.length > MAX_PARAGRAPHS) {
    return { ok: false, reason: 'too-large', detail: `The article has ${kept.length} paragraphs; Sverka reads up to ${MAX_PARAGRAPHS}.` };
  }

  const paragraphs: { start: number; end: number }[] = [];
  let text = '';
  for (const b of kept) {
    if (text) text += '\n\n';
    paragraphs.push({ start: text.length, end: text.length + b.text.length });
    text += b.text;
  }
  if (text.length < MIN_ARTICLE_CHARS) {
    return { ok: false, reason: 'empty', detail: 'The page has too little article text to check.' };
  }

  const lang = detectLang(text.slice(0, 20_000));
  let p = 0;
  const sentences: Sentence[] = splitSentences(text, lang).map((s) => {
    while (s.start >= paragraphs[p].end) p++;
    return { ...s, paragraph: p };
  });
  budget.check('splitting sentences');
  if (sentences.length > MAX_SENTENCES) {
    return { ok: false, reason: 'too-large', detail: `The article has ${sentences.length} sentences; Sverka reads up to ${MAX_SENTENCES}.` };
  }
  const published = findPublished(doc, ld);
  const dateline = findDateline(kept.map((b) => b.text));
  const outletId = outletForUrl(url)?.id;

  const article: ExtractedArticle = {
    url: url.href,
    ...(outletId ? { outletId } : {}),
    title: meta.title,
    ...(meta.byline ? { byline: meta.byline } : {}),
    ...(meta.siteName ? { siteName: meta.siteName } : {}),
    lang,
    ...(published ? { published } : {}),
    ...(dateline ? { dateline } : {}),
    datesDisagree: datesDisagree(dateline, published),
    readerable,
    text,
    paragraphs,
    sentences,
  };
  return { ok: true, article };
}
