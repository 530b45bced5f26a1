// `sverka annotate`: the extension's full pipeline on a saved page —
// jsdom → extractArticle (lib/extract) → matching → possible contradictions.
//   sverka annotate [--url URL] [--json] [--db FILE] FILE.html
// JSON: {"url","outlet","article":{"title","byline","published","lang"},"onTopic","events","matches","contradictions"}.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractArticle } from '../lib/extract';
import { Matcher, type ArticleFindings } from '../lib/match';
import { fail, formatMatches, loadDb, takeFlag, takeOption } from './match';

/**
 * The page's charset: a BOM, then <meta charset> or http-equiv Content-Type
 * in the first 4 KB, else UTF-8 (saved pages such as tass-1 declare none
 * because the server sent it in a header).
 */
export function sniffCharset(bytes: Buffer): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const head = bytes.subarray(0, 4096).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  const label = m?.[1]?.toLowerCase();
  if (!label) return 'utf-8';
  try {
    new TextDecoder(label);
    return label;
  } catch {
    return 'utf-8';
  }
}

/** Decodes a saved page; rejects binary files and text that is not HTML. */
export function decodeHtml(bytes: Buffer, file: string): string {
  if (bytes.length === 0) fail(`${file} is empty`);
  if (bytes.subarray(0, 8000).includes(0) && !/^utf-16/.test(sniffCharset(bytes))) fail(`${file} is not an HTML file (binary content)`);
  const html = new TextDecoder(sniffCharset(bytes)).decode(bytes);
  if (!/<(!doctype\s+html|html|head|body|p|div|article|main|title)[\s>]/i.test(html.slice(0, 200_000))) {
    fail(`${file} does not look like HTML (no <html>, <body>, <p> or <div> tag)`);
  }
  return html;
}

export async function annotateCommand(argv: string[]): Promise<void> {
  const args = [...argv];
  const urlArg = takeOption(args, '--url');
  const dbPath = takeOption(args, '--db');
  const json = takeFlag(args, '--json');
  const unknown = args.find((a) => a.startsWith('--'));
  if (unknown) fail(`unknown option ${unknown}\nusage: sverka annotate [--url URL] [--json] FILE.html`, 2);
  if (args.length !== 1) fail('give exactly one FILE.html\nusage: sverka annotate [--url URL] [--json] FILE.html', 2);
  const file = args[0];

  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    return fail(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
  }
  const html = decodeHtml(bytes, file);
  let url: URL;
  try {
    url = new URL(urlArg ?? pathToFileURL(resolve(file)).href);
  } catch {
    return fail(`--url "${urlArg}" is not a URL`, 2);
  }
  const dom = new JSDOM(html, { url: url.href, virtualConsole: new VirtualConsole() });
  // Without --url, the page's own canonical address tells which outlet it is.
  if (!urlArg) {
    const canonical = dom.window.document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? dom.window.document.querySelector('meta[property="og:url"]')?.getAttribute('content');
    if (canonical && /^https?:\/\//.test(canonical)) {
      try {
        url = new URL(canonical);
      } catch {
        /* keep the file URL */
      }
    }
  }
  const extracted = extractArticle(dom.window.document, url);
  dom.window.close();
  if (!extracted.ok) fail(`${file}: no article text (${extracted.reason}): ${extracted.detail}`);
  const { article } = extracted;
  if (!article.text.trim()) fail(`${file}: the article text is empty`);

  const matcher = Matcher.build(loadDb(dbPath));
  const findings: ArticleFindings = matcher.matchSentences(article.sentences, { headline: article.title });
  const result = {
    url: article.url,
    outlet: article.outletId ?? null,
    // Which path read the article (issue 14): the extension says offscreen/background/page; here it is jsdom.
    extractor: 'jsdom',
    article: { title: article.title, byline: article.byline ?? null, published: article.published ?? null, lang: article.lang },
    onTopic: findings.onTopic,
    events: findings.events,
    matches: findings.matches,
    contradictions: findings.contradictions.map(({ sentence, start, end, claimId, against, kind, explanation }) => ({ sentence, start, end, claimId, against, kind, explanation })),
  };
  if (json) {
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return;
  }
  const lang = article.lang === 'other' ? 'en' : article.lang;
  const lines = [
    `${article.title}`,
    `${result.url}${result.outlet ? ` (${result.outlet})` : ''}${article.published ? `, published ${article.published.iso}` : ''}`,
    findings.onTopic ? `on tracked events: ${findings.events.join(', ')}` : 'not about a tracked event: nothing to show',
  ];
  for (const m of findings.matches) lines.push('', `“${m.sentence}” [${m.start}–${m.end}]`, formatMatches(m.claims, lang).replace(/^/gm, '    ').trimEnd());
  for (const c of findings.contradictions) lines.push('', `${c.kind}: “${c.sentence}”`, `    ${c.claimId} ↔ ${c.against}: ${c.explanation[lang]}`);
  process.stdout.write(`${lines.join('\n')}\n`);
}
