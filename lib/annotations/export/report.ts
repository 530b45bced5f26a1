// A Markdown report of what Sverka found on one page by itself: the
// statements its sentences match and the possible contradictions, with
// speaker, date and source for each — something a fact-checker can paste into
// a working document and check. Worded as leads, never as verdicts.
import { at } from '../../i18n/annotation-strings';
import { blockQuote, citation, claimMd, escapeMd, formatDay, sourceMd } from './markdown';
import { outletLabel, summarizeClaim, type ClaimLookup } from './claims';
import { shownPercent } from '../../match/tiers';
import type { ArticleFindings, Match } from '../../match/types';
import type { UiLang } from '../../i18n';

/** The article the findings are about (the tab state's article metadata and outlet). */
export interface ReportMeta {
  url: string;
  title: string;
  outletId?: string;
  /** Publication date/time as the page gave it. */
  published?: string;
}

const percent = shownPercent;

function matchLines(m: Match, lang: UiLang): string[] {
  const source = m.sources[0];
  const sourceText = source ? sourceMd({ outlet: outletLabel(source.outlet, lang), title: source.title, date: source.date, url: source.url }) : undefined;
  const shared = [...m.why.names, ...m.why.numbers, ...m.why.terms];
  const lines = [`- **${at('reportMatch', {}, lang)}:** ${escapeMd(`${m.speaker.name[lang]}, ${m.date}: “${m.quote}”`)} (${at('reportScore', { score: percent(m.score) }, lang)})`];
  if (sourceText) lines.push(`  ${at('reportSource', {}, lang)}: ${sourceText}`);
  if (shared.length) lines.push(`  ${at('reportShared', {}, lang)}: ${escapeMd(shared.join('; '))}`);
  return lines.map((l, i) => (i < lines.length - 1 ? `${l}  ` : l));
}

export function findingsReport(meta: ReportMeta, findings: ArticleFindings, claims: ClaimLookup, lang: UiLang = 'en'): string {
  const out = [`# ${at('reportTitle', {}, lang)}`, ''];
  out.push(`**${at('reportArticle', {}, lang)}:** ${citation({ title: meta.title, url: meta.url, outletId: meta.outletId, published: meta.published }, lang).replace(/^— /, '')}`);
  if (findings.events.length) {
    const titles = findings.events.map((id) => {
      const event = claims.event(id);
      return event ? `${event.title[lang]} (${formatDay(event.dates[0], lang)})` : id;
    });
    out.push('', `**${at('reportEvents', {}, lang)}:** ${escapeMd(titles.join('; '))}`);
  }
  out.push('', `_${at('reportDisclaimer', {}, lang)}_`);
  if (!findings.onTopic) {
    out.push('', at('reportOffTopic', {}, lang));
    return `${out.join('\n')}\n`;
  }

  out.push('', `## ${at('reportStatements', { count: findings.matches.length }, lang)}`);
  if (!findings.matches.length) out.push('', at('reportNone', {}, lang));
  findings.matches.forEach((sm, i) => {
    out.push('', `### ${i + 1}. ${at('reportOnPage', {}, lang)}`, '', blockQuote(sm.sentence), '');
    for (const m of sm.claims) out.push(...matchLines(m, lang));
  });

  out.push('', `## ${at('reportContradictions', { count: findings.contradictions.length }, lang)}`);
  if (!findings.contradictions.length) out.push('', at('reportNone', {}, lang));
  findings.contradictions.forEach((c, i) => {
    out.push('', `### ${i + 1}. ${at('reportOnPage', {}, lang)}`, '', blockQuote(c.sentence), '');
    out.push(`**${at('reportMayContradict', {}, lang)}** (${at(`reportKind_${c.kind}`, {}, lang)}): ${claimMd(summarizeClaim(c.against, claims, lang))}  `);
    out.push(escapeMd(c.explanation[lang]));
  });
  return `${out.join('\n')}\n`;
}
