// The `sverka annotate` command-line contract: the whole pipeline (jsdom →
// lib/extract → matching) on saved pages, with the bundled database.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, sverka } from '../eval/cli';

const page = (name: string) => join(ROOT, 'tests/eval/pages', name);
const tmp = mkdtempSync(join(tmpdir(), 'sverka-annotate-'));

describe('sverka annotate', () => {
  it('prints the contract JSON for an on-topic page', () => {
    const r = sverka(['annotate', '--json', page('reuters-biden-putin-call-2021.html')]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['url', 'outlet', 'extractor', 'article', 'onTopic', 'events', 'matches', 'contradictions']);
    expect(Object.keys(out.article)).toEqual(['title', 'byline', 'published', 'lang']);
    expect(out.url).toBe('https://www.reuters.com/world/biden-presses-putin-ransomware-test-2021-07-09/');
    expect(out.onTopic).toBe(true);
    expect(out.events).toContain('2021-07-putin-biden-call-revil');
    expect(out.matches[0]).toHaveProperty('sentence');
    expect(out.matches[0].claims[0]).toHaveProperty('claimId');
    expect(out.contradictions.some((c: { kind: string }) => c.kind === 'curated')).toBe(true);
    for (const c of out.contradictions) for (const k of ['sentence', 'claimId', 'against', 'kind', 'explanation']) expect(c).toHaveProperty(k);
  });
  it('uses --url for the outlet and reports an off-topic page with no matches', () => {
    const r = sverka(['annotate', '--json', '--url', 'https://tass.ru/moskva/8836033', join(ROOT, 'tests/fixtures/real-pages/tass-1.html')]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ url: 'https://tass.ru/moskva/8836033', outlet: 'tass', extractor: 'jsdom', onTopic: false, events: [], matches: [], contradictions: [] });
    expect(out.article.title).toMatch(/ЦКАД/);
  });
  it('decodes a page in its declared charset', () => {
    const para = '<p>Путин напомнил, что 80 российских запросов о киберпреступлениях, направленных в США, остались без ответа, а 12 запросов США были удовлетворены.</p>';
    const html = '<html><head><meta charset="windows-1251"><title>Тест</title><meta property="og:type" content="article">' +
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Заголовок","datePublished":"2021-06-17T10:00:00+03:00"}</script></head>' +
      `<body><article><h1>Заголовок</h1>${para.repeat(8)}</article></body></html>`;
    const file = join(tmp, 'cp1251.html');
    // Encode as windows-1251 by hand: Cyrillic U+0410..U+044F → 0xC0..0xFF, Ё/ё → 0xA8/0xB8.
    const bytes = [...html].map((ch) => { const c = ch.charCodeAt(0); return c >= 0x410 && c <= 0x44f ? c - 0x350 : c === 0x401 ? 0xa8 : c === 0x451 ? 0xb8 : c; });
    writeFileSync(file, Buffer.from(bytes));
    const r = sverka(['annotate', '--json', '--url', 'https://example.org/a', file]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).article.title).toBe('Заголовок');
  });
  it('prints a readable summary without --json', () => {
    const r = sverka(['annotate', page('unian-geneva-2021.html')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/on tracked events: 2021-06-geneva-summit/);
    expect(r.stdout).toMatch(/numbers: /);
  });
  it('fails clearly on a missing file, a non-HTML file and an empty file', () => {
    const missing = sverka(['annotate', join(tmp, 'nope.html')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/cannot read .*no such file/);
    const text = join(tmp, 'notes.txt');
    writeFileSync(text, 'just some words, no markup at all');
    expect(sverka(['annotate', text]).stderr).toMatch(/does not look like HTML/);
    const bin = join(tmp, 'image.html');
    writeFileSync(bin, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
    expect(sverka(['annotate', bin]).stderr).toMatch(/not an HTML file/);
    const empty = join(tmp, 'empty.html');
    writeFileSync(empty, '');
    const e = sverka(['annotate', empty]);
    expect(e.code).toBe(1);
    expect(e.stderr).toMatch(/empty/);
    expect(sverka(['annotate']).code).toBe(2);
  });
  it('fails clearly on a page with no article text', () => {
    const file = join(tmp, 'blank.html');
    writeFileSync(file, '<html><body><div></div></body></html>');
    const r = sverka(['annotate', file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no article text/);
  });
});
