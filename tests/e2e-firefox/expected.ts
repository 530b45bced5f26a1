// The statements a fixture page should show, computed in Node with the same
// lib/ code the extension runs (jsdom for the DOM, the bundled claim data):
// the Firefox run must land on the same claims after extracting in Firefox,
// messaging its event page, storing in Firefox's IndexedDB and rendering.
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractArticle } from '../../lib/extract';
import { Matcher } from '../../lib/match';
import { bundledDatabase } from '../../lib/claims/bundled';

let matcher: Matcher | undefined;

/** Claim ids the article states (sorted) and the number of possible contradictions in it. */
export function expectedStatements(html: string, url: string): { claimIds: string[]; contradictions: number } {
  const doc = new JSDOM(html, { url, virtualConsole: new VirtualConsole() }).window.document;
  const result = extractArticle(doc, new URL(url));
  if (!result.ok) throw new Error(`reference extraction failed for ${url}: ${result.reason}`);
  matcher ??= Matcher.build(bundledDatabase());
  const findings = matcher.matchSentences(result.article.sentences, { headline: result.article.title });
  const claimIds = [...new Set(findings.matches.flatMap((m) => m.claims.map((c) => c.claimId)))].sort();
  return { claimIds, contradictions: findings.contradictions.length };
}
