// A rehearsal before the real extraction, in small steps. The first run of
// the extraction code in a page pays one-time costs that have nothing to do
// with the page: the ICU sentence-break data behind Intl.Segmenter (measured
// at 10–17 ms for the first segmenter in a page) and compiling Readability
// and our own readers, which V8 does lazily on first call. Each step below
// runs in an idle period of its own, so those costs are spread out instead of
// landing in the one task that parses the page.
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import type { ExtractOutcome } from '../protocol';

const PARAGRAPHS = [
  'MOSCOW, July 21. The minister said the two countries could cooperate on cybersecurity, and the talks would continue next week in Geneva.',
  'По словам министра, стороны продолжат консультации по кибербезопасности. «Это важный шаг», — сказал он 21 июля 2017 года.',
  'За словами міністра, сторони продовжать консультації з кібербезпеки. Переговори відбудуться в Женеві 16 червня.',
];

/** A small article document, built with DOM calls in a document of its own (the page is not touched). */
export function rehearsalDocument(doc: Document): Document {
  const d = doc.implementation.createHTMLDocument('Rehearsal');
  const meta = d.createElement('meta');
  meta.setAttribute('property', 'og:type');
  meta.setAttribute('content', 'article');
  d.head.append(meta);
  const article = d.createElement('article');
  const h1 = d.createElement('h1');
  h1.textContent = 'Rehearsal';
  article.append(h1);
  for (const text of PARAGRAPHS) {
    const p = d.createElement('p');
    p.textContent = text;
    article.append(p);
  }
  d.body.append(article);
  return d;
}

const segment = (locale: string) => () => {
  for (const _ of new Intl.Segmenter(locale, { granularity: 'sentence' }).segment('One. Two.'));
};

/** The rehearsal steps, cheapest-to-split first; the last one runs the whole extraction on the made-up article. */
export function warmUpSteps(doc: Document, extract: (doc: Document, url: URL) => ExtractOutcome): (() => void)[] {
  return [
    segment('en'),
    segment('ru'),
    segment('uk'),
    () => {
      const d = rehearsalDocument(doc);
      isProbablyReaderable(d);
      new Readability(d.cloneNode(true) as Document).parse();
    },
    () => void extract(rehearsalDocument(doc), new URL('https://rehearsal.invalid/news/1')),
  ];
}
