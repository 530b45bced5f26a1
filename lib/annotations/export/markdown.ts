// Markdown for reading and publishing: annotations grouped by page, each quote
// as a block quote followed by its citation (outlet, title, date, URL), then
// the stance, the note, the tags and the linked statements with speaker, date
// and source. Everything the reader or the page wrote is escaped, so a note
// that starts with "#" or contains "*" prints as typed.
import { byCreated } from '../filter';
import { st } from '../../i18n/sync-strings';
import { at } from '../../i18n/annotation-strings';
import { outletLabel, summarizeClaim, type ClaimLookup, type ClaimSummary, type SourceSummary } from './claims';
import type { Annotation } from '../types';
import type { UiLang } from '../../i18n';

const LOCALES: Record<UiLang, string> = { ru: 'ru-RU', uk: 'uk-UA', en: 'en-GB' };

/** "16 June 2021" in `lang`; undefined when `iso` does not start with a date. */
export function formatDay(iso: string | undefined, lang: UiLang): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? '');
  if (!m) return undefined;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (Number.isNaN(date.getTime())) return undefined;
  return new Intl.DateTimeFormat(LOCALES[lang], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** Escapes Markdown syntax so text prints literally (inline markers everywhere, block markers at line starts). */
export function escapeMd(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|~]/g, (c) => `\\${c}`)
    .replace(/^(\s*)([#+=-]|\d+(?=[.)]))/gm, (_whole, space: string, marker: string) => `${space}${/^\d/.test(marker) ? `${marker}\\` : `\\${marker}`}`);
}

/** Lines of `text` as a Markdown block quote. */
export function blockQuote(text: string): string {
  return escapeMd(text).split(/\r?\n/).map((line) => (line ? `> ${line}` : '>')).join('\n');
}

/** Multi-line text inside a paragraph: hard line breaks keep the reader's lines. */
const paragraph = (text: string) => escapeMd(text.trim()).replace(/\r?\n/g, '  \n');

/** An <angle-bracketed> autolink for a URL, or the escaped text when it is not a web address. */
export function link(url: string): string {
  return /^https?:\/\/[^\s<>]+$/.test(url) ? `<${url}>` : escapeMd(url);
}

/** "— TASS, “Title”, 16 June 2021, <https://…>" */
export function citation(a: Pick<Annotation, 'outletId' | 'title' | 'published' | 'url'>, lang: UiLang): string {
  const parts = [
    outletLabel(a.outletId, lang),
    `“${escapeMd(a.title || at('mdNoTitle', {}, lang))}”`,
    formatDay(a.published, lang) ?? at('mdUnknownDate', {}, lang),
    link(a.url),
  ].filter(Boolean);
  return `— ${parts.join(', ')}`;
}

/** A source with its text escaped and its URL as a link. */
export function sourceMd(s: SourceSummary): string {
  return [s.outlet && escapeMd(s.outlet), `“${escapeMd(s.title)}”`, s.date, s.url && link(s.url)].filter(Boolean).join(', ');
}

/** A linked statement: speaker, date, quote and source; the id alone (in code) when the statement is unknown here. */
export function claimMd(s: ClaimSummary): string {
  if (!s.quote) return `\`${s.id.replace(/`/g, '')}\``;
  return `${escapeMd(`${s.speaker}, ${s.date}: “${s.quote}”`)}${s.source ? ` — ${sourceMd(s.source)}` : ''}`;
}

function annotationBlock(a: Annotation, lookup: ClaimLookup, lang: UiLang): string {
  // A page note has no quote: say what it is about instead of an empty quote.
  const head = a.exact ? blockQuote(a.exact) : `*${st('pageNote', {}, lang)}*`;
  const lines = [head, '', citation(a, lang), ''];
  const fields: string[] = [];
  if (a.stance) fields.push(`**${at('mdStance', {}, lang)}:** ${at(`stance_${a.stance}`, {}, lang)}`);
  if (a.note.trim()) fields.push(`**${at('mdNote', {}, lang)}:** ${paragraph(a.note)}`);
  if (a.tags.length) fields.push(`**${at('mdTags', {}, lang)}:** ${a.tags.map(escapeMd).join(', ')}`);
  if (fields.length) lines.push(fields.join('  \n'), '');
  if (a.claimIds.length) {
    lines.push(`**${at('mdLinked', {}, lang)}:**`, '');
    for (const id of a.claimIds) lines.push(`- ${claimMd(summarizeClaim(id, lookup, lang))}`);
    lines.push('');
  }
  lines.push(`_${at('mdAnnotated', { date: formatDay(a.created, lang)! }, lang)}_`);
  return lines.join('\n');
}

/** The annotations as one Markdown document, pages in the order they were first annotated. */
export function toMarkdown(annotations: readonly Annotation[], lookup: ClaimLookup, lang: UiLang = 'en'): string {
  const pages = new Map<string, Annotation[]>();
  for (const a of [...annotations].sort(byCreated)) pages.set(a.url, [...(pages.get(a.url) ?? []), a]);
  const out = [`# ${at('mdTitle', {}, lang)}`, '', at('mdCount', { count: annotations.length }, lang)];
  for (const list of pages.values()) {
    const first = list[0];
    out.push('', `## ${escapeMd(first.title || at('mdNoTitle', {}, lang))}`, '');
    out.push([outletLabel(first.outletId, lang), formatDay(first.published, lang), link(first.url)].filter(Boolean).join(' · '));
    for (const a of list) out.push('', annotationBlock(a, lookup, lang), '', '---');
  }
  return `${out.join('\n')}\n`;
}
