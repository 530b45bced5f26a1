// Issue 7, item 1 below the browser: what a hostile page hands Sverka comes
// out as the same characters, as text — in the extracted article, in the
// background's stored state and badge, and on the command line (JSON-escaped
// with --json, and with no terminal escapes or bidi overrides either way).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractArticle } from '../../lib/extract';
import { normalizeSpace, squeeze } from '../../lib/extract/whitespace';
import { buildTextMap } from '../../lib/extract/dom-text';
import { articleExtracted, type ServiceDeps } from '../../lib/service/handlers';
import { badgeFor } from '../../lib/service/badge';
import { claimLookup, findingsReport } from '../../lib/annotations/export';
import { SverkaDatabase } from '../../lib/db/database';
import { bundledDatabase } from '../../lib/claims/bundled';
import { ContentToBackground } from '../../lib/protocol';
import { envelope, parseMessage } from '../../lib/messaging';
import type { TabState } from '../../lib/service/tab-state';
import { sverka } from '../eval/cli';
import { displayTrickPage, markupPage } from '../fixtures/hostile/pages';
import { ANSI, BIDI_CONTROLS, BREAKOUT, IMG, TEMPLATE, ZERO_WIDTH } from '../fixtures/hostile/payloads';

const load = (html: string, url: string) => new JSDOM(html, { url, virtualConsole: new VirtualConsole() }).window.document;
// Characters that steer rendering or a terminal: none may survive extraction.
const STEERING = new RegExp(`[${[...BIDI_CONTROLS, ...ZERO_WIDTH].join('')}\\u0000-\\u0008\\u000B\\u000E-\\u001F\\u007F-\\u009F]`);
const tmp = mkdtempSync(join(tmpdir(), 'sverka-hostile-'));

function extracted(page: { html: string; url: string }) {
  const r = extractArticle(load(page.html, page.url), new URL(page.url));
  if (!r.ok) throw new Error(`${page.url}: ${r.reason}: ${r.detail}`);
  return r.article;
}

describe('hostile markup in a page is extracted as the same characters, as text', () => {
  const page = markupPage();
  const article = extracted(page);

  it('the title keeps the payload text verbatim (JSON-LD headline with <img onerror> and {{template}})', () => {
    for (const p of page.titleHas) expect(article.title).toContain(p);
  });
  it('the article text keeps every payload verbatim, and sentences still index it', () => {
    for (const p of page.textHas) expect(article.text).toContain(p);
    for (const s of article.sentences) expect(article.text.slice(s.start, s.end)).toBe(s.text);
  });
  it('the byline is the text of the author field, payload included, never markup', () => {
    expect(article.byline).toContain('Иван Петров');
    expect(article.byline).toContain('"><script>');
  });
  it('the page\'s own <script> and javascript: link contribute no code, only their visible text', () => {
    expect(article.text).not.toContain("window.__pwned = 'page'");
    expect(article.text).not.toContain('data-page-script');
  });
});

describe('display tricks are removed: bidi overrides, zero-width characters, terminal escapes', () => {
  const page = displayTrickPage();
  const article = extracted(page);

  it('no bidi control, zero-width character or control character survives in title or text', () => {
    expect(article.title).not.toMatch(STEERING);
    expect(article.text.replace(/\n/g, '')).not.toMatch(STEERING);
  });
  it('the visible letters stay, in logical order', () => {
    for (const p of page.titleHas) expect(article.title).toContain(p);
    for (const p of page.textHas) expect(article.text).toContain(p);
    expect(article.title).toContain('txt.exe'); // not reversed into "exe.txt" by U+202E
  });
  it('the live-DOM text map skips exactly what the article text drops, so highlights still find the sentences', () => {
    const doc = load(page.html, page.url);
    const map = buildTextMap(doc);
    for (const s of article.sentences) expect(map.chars).toContain(squeeze(s.text));
  });
  it('normalizeSpace strips every steering character, and only those', () => {
    const steering = [...BIDI_CONTROLS, ...ZERO_WIDTH, '\u00AD', '\u200E', '\u200F', '\u061C', '\u0000', '\u001B', '\u0007', '\u007F', '\u0085', '\u009B'].join('');
    expect(normalizeSpace(`a${steering}b`)).toBe('ab');
    expect(normalizeSpace('Путин\u00A0и\tБайден\nв Женеве')).toBe('Путин и Байден в Женеве');
    expect(normalizeSpace(`${IMG} ${TEMPLATE}`)).toBe(`${IMG} ${TEMPLATE}`);
  });
});

describe('the background stores hostile text as data and the badge never shows page text', () => {
  it('articleExtracted keeps the payload title as a string; the badge shows only counts', async () => {
    const page = markupPage();
    const article = extracted(page);
    const message = parseMessage(ContentToBackground, envelope('articleExtracted', { url: page.url, outcome: { ok: true, article } }));
    expect(message.ok).toBe(true);
    const stored = new Map<string, unknown>();
    const badges: TabState[] = [];
    const deps: ServiceDeps = {
      db: new SverkaDatabase('hostile-service'),
      session: {
        get: async (k) => ({ [k]: stored.get(k) }),
        set: async (items) => void Object.entries(items).forEach(([k, v]) => stored.set(k, v)),
        remove: async (k) => void stored.delete(k),
      },
      bundled: bundledDatabase,
      notify: () => {},
      showBadge: (s) => badges.push(s),
      injectContentScript: async () => {},
      now: () => 1,
    };
    const r = await articleExtracted(deps, 5, message.ok && message.value.type === 'articleExtracted' ? message.value.payload : (undefined as never));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.status).toBe('done');
    expect(r.value.article?.title).toContain(IMG);
    expect(r.value.findings?.matches.length).toBeGreaterThan(0);
    // The matched sentence that carries a payload reaches the panel as that same string.
    expect(r.value.findings?.matches.some((m) => m.sentence.includes(IMG))).toBe(true);
    const badge = badgeFor(badges[badges.length - 1]);
    expect(badge.text).toMatch(/^\d*!?$/);
    expect(badge.title).toMatch(/^Sverka: statements \d+(?:, possible contradictions \d+)?$/);

    // The findings report export of the same tab: payload headline and sentences escaped, no live markup or link.
    const report = findingsReport({ url: page.url, title: r.value.article!.title, outletId: 'tass' }, r.value.findings!, claimLookup(bundledDatabase()), 'en');
    expect(report).toContain('onerror');
    expect(report).not.toMatch(/(^|[^\\])<(?:img|script|svg|iframe)\b/im);
    expect(report).not.toMatch(/\]\(javascript:/i);
  });
});

describe('sverka annotate on a hostile page', () => {
  const markup = join(tmp, 'hostile-1.html');
  const tricks = join(tmp, 'hostile-2.html');
  writeFileSync(markup, markupPage().html);
  writeFileSync(tricks, displayTrickPage().html);

  it('--json prints the payloads as JSON-escaped strings that parse back to the same text', () => {
    const r = sverka(['annotate', '--json', '--url', 'https://tass.ru/politika/hostile-1', markup]);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.article.title).toContain(IMG);
    expect(out.article.title).toContain(TEMPLATE);
    expect(out.article.byline).toContain('"><script>');
    expect(out.matches.some((m: { sentence: string }) => m.sentence.includes(IMG))).toBe(true);
    // Inside the JSON the quotes of the payload are escaped, so it cannot end a string early.
    expect(r.stdout).toContain(JSON.stringify(IMG).slice(1, -1));
    expect(r.stdout).toContain(JSON.stringify(BREAKOUT).slice(1, -1));
  });

  it('neither the JSON nor the text output carries a terminal escape or a bidi override from the page', () => {
    for (const args of [['--json'], []]) {
      const r = sverka(['annotate', ...args, '--url', 'https://tass.ru/politika/hostile-2', tricks]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).not.toContain('\u001b');
      expect(r.stdout).not.toContain(ANSI);
      expect(r.stdout).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
      expect(r.stdout).toContain('txt.exe');
    }
  });
});
