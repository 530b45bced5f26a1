// When was the page published? Sources in order of trust: what the CMS stored
// for search engines (JSON-LD, meta tags), then <time datetime>, then a date
// printed near the headline. Read-only on the live document.
import { normalizeIsoDate, parseDateText, partsToIso } from '../text/dates';
import { ldArticle, ldString, type LdNode } from './json-ld';
import type { PublishedDate } from './types';

const META_KEYS = [
  'article:published_time', 'og:article:published_time', 'og:published_time', 'datePublished',
  'pubdate', 'publishdate', 'publish-date', 'publish_date', 'parsely-pub-date', 'sailthru.date',
  'dc.date.issued', 'dc.date', 'dcterms.created', 'date',
];

function metaDate(doc: Document): string | undefined {
  const metas = Array.from(doc.querySelectorAll('meta[content]'));
  for (const key of META_KEYS) {
    for (const m of metas) {
      const k = m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop') ?? '';
      if (k.toLowerCase() !== key.toLowerCase()) continue;
      const iso = normalizeIsoDate(m.getAttribute('content') ?? '');
      if (iso) return iso;
    }
  }
  return undefined;
}

function timeDate(doc: Document): string | undefined {
  const times = Array.from(doc.querySelectorAll('time[datetime]'));
  // Marked-up publication times first, then the first time inside the article.
  const ordered = [
    ...times.filter((t) => t.getAttribute('itemprop') === 'datePublished' || t.hasAttribute('pubdate')),
    ...times.filter((t) => t.closest('article, main, [itemprop="articleBody"]')),
    ...times,
  ];
  for (const t of ordered) {
    const iso = normalizeIsoDate(t.getAttribute('datetime') ?? '');
    if (iso) return iso;
  }
  return undefined;
}

const DATE_CLASS = /(?:^|[\s_-])(?:date|dates|datetime|time|pubdate|published|publish|posted|article-date|news-date|post-date|meta-date|timestamp)(?:$|[\s_-])/i;
const UPDATE_CLASS = /updat|modif|edit/i;

function visibleDate(doc: Document): string | undefined {
  const root = doc.body ?? doc.documentElement;
  const els = Array.from(root.querySelectorAll('[class], [id]')).slice(0, 20_000);
  let tried = 0;
  for (const el of els) {
    const marker = `${el.getAttribute('class') ?? ''} ${el.id}`;
    if (!DATE_CLASS.test(marker) || UPDATE_CLASS.test(marker)) continue;
    if (el.closest('script, style, template, noscript')) continue;
    const text = (el.textContent ?? '').trim();
    if (!text || text.length > 120) continue;
    const parts = parseDateText(text);
    const iso = parts && partsToIso(parts);
    if (iso) return iso;
    if (++tried > 200) break;
  }
  return undefined;
}

/** The page's publication date and where it came from; undefined when nothing parses. */
export function findPublished(doc: Document, ld: LdNode[]): PublishedDate | undefined {
  const article = ldArticle(ld);
  const fromLd = ldString(article, 'datePublished') ?? ldString(article, 'dateCreated');
  const ldIso = fromLd && normalizeIsoDate(fromLd);
  if (ldIso) return { iso: ldIso, source: 'json-ld' };
  const meta = metaDate(doc);
  if (meta) return { iso: meta, source: 'meta' };
  const time = timeDate(doc);
  if (time) return { iso: time, source: 'time' };
  const visible = visibleDate(doc);
  return visible ? { iso: visible, source: 'visible' } : undefined;
}
