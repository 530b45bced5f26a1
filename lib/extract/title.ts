// The article's headline. Readability sometimes returns the site name
// (kommersant-1: "Газета «Коммерсантъ»"), and <title>, og:title and even
// JSON-LD headlines carry outlet suffixes: " | AP News", " — ZAXID.NET",
// " - 24 Канал", " - РИА Новости, 03.03.2020".
import { normalizeSpace } from './whitespace';
import { decodeEntities } from './json-ld';

// Separators between headline and site name; a plain hyphen only with spaces around it.
const SEPARATOR = /\s+[-|—–•·:/]{1,2}\s+|\s*[|•·]\s*/g;
// A date an outlet appends after its name ("РИА Новости, 03.03.2020").
const TRAILING_DATE = /[,\s]+\d{1,2}[./]\d{1,2}[./]\d{2,4}$|[,\s]+\d{4}$/;

/** Lower-case letters and digits only: "ZAXID.NET" and "zaxid.net" compare equal, «» quotes vanish. */
function key(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** True when `segment` names the site: one of `siteNames` or the host, an optional date after it. */
export function isSiteName(segment: string, siteNames: string[]): boolean {
  const k = key(segment.replace(TRAILING_DATE, ''));
  if (!k) return false;
  return siteNames.some((name) => {
    const n = key(name);
    return n.length > 1 && (k === n || (n.length >= 4 && (k === `газета${n}` || k === `${n}news` || k === `${n}новости`)));
  });
}

/**
 * Strips site-name segments from either end of a headline ("Title | AP News",
 * "Title - РИА Новости, 03.03.2020", "Kommersant: Title"). Leaves the title
 * alone when a separator is part of the headline itself ("Лавров: США …").
 */
export function cleanTitle(raw: string, siteNames: string[]): string {
  let title = normalizeSpace(decodeEntities(raw));
  for (let guard = 0; guard < 3; guard++) {
    const seps = [...title.matchAll(SEPARATOR)];
    const last = seps[seps.length - 1];
    const first = seps[0];
    if (last && isSiteName(title.slice(last.index! + last[0].length), siteNames)) {
      title = title.slice(0, last.index).trim();
    } else if (first && isSiteName(title.slice(0, first.index), siteNames)) {
      title = title.slice(first.index! + first[0].length).trim();
    } else break;
  }
  return title;
}

/**
 * The best headline: the first candidate (in the caller's order of trust)
 * that is not empty and is not just the site's name once cleaned.
 */
export function pickTitle(candidates: (string | null | undefined)[], siteNames: string[]): string {
  const cleaned = candidates.filter((c): c is string => !!c).map((c) => cleanTitle(c, siteNames));
  for (const t of cleaned) {
    if (t.length < 3 || isSiteName(t, siteNames)) continue;
    // "Headline — Unknown Site": another candidate (the <h1>) is the headline alone.
    const bare = cleaned.find((c) => c.length >= 10 && c.length < t.length && t.startsWith(c) && SUFFIX_AFTER.test(t.slice(c.length)));
    return bare ?? t;
  }
  return '';
}

// What may follow the bare headline in a longer candidate: a separator and a short site name.
const SUFFIX_AFTER = /^\s*[-|—–•·:/]{1,2}\s*[^\s].{0,40}$/u;
