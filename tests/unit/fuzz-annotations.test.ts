// Issue 7, item 7 for annotations: re-anchoring a saved quote in an arbitrary
// page text, and importing an arbitrary file as annotations, never throw;
// exports print hostile text inertly. (Round-trip and CSV-formula properties
// live in export-roundtrip.test.ts and export-csv.test.ts.)
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { anchor } from '../../lib/annotations/anchor';
import { claimLookup, parseJsonLd, toMarkdown } from '../../lib/annotations/export';
import { squeeze } from '../../lib/extract/whitespace';
import type { Annotation } from '../../lib/annotations/types';
import { hostileText } from '../fixtures/hostile/arbitraries';
import { BREAKOUT, IMG, JS_LINK, NETWORK, TEMPLATE } from '../fixtures/hostile/payloads';

const selector = fc.record({
  exact: hostileText(30), prefix: hostileText(8), suffix: hostileText(8),
  start: fc.option(fc.integer({ min: -5, max: 400 }), { nil: undefined }), end: fc.option(fc.integer({ min: -5, max: 400 }), { nil: undefined }),
});

describe('anchor (lib/annotations) on arbitrary page text and selectors', () => {
  it('never throws; a placed quote has 0 <= start < end <= text.length', () => {
    fc.assert(fc.property(hostileText(120).map(squeeze), selector, (text, sel) => {
      const r = anchor(text, sel);
      expect(['exact', 'approximate', 'orphan']).toContain(r.status);
      if (r.status !== 'orphan') {
        expect(r.start!).toBeGreaterThanOrEqual(0);
        expect(r.end!).toBeGreaterThan(r.start!);
        expect(r.end!).toBeLessThanOrEqual(text.length);
      }
    }), { numRuns: 400 });
  });
  it('a quote cut from the text with its context, without a position, is found exactly where it was cut', () => {
    fc.assert(fc.property(hostileText(150).map(squeeze).filter((t) => t.length > 20), fc.nat(), fc.nat(), (text, a, b) => {
      const start = a % (text.length - 10);
      const end = start + 5 + (b % Math.min(40, text.length - start - 5));
      const sel = { exact: text.slice(start, end), prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(end, end + 32) };
      const r = anchor(text, sel);
      expect(r.status).not.toBe('orphan');
      expect(text.slice(r.start!, r.end!)).toBe(squeeze(sel.exact));
    }), { numRuns: 300 });
  });
});

describe('annotation import (parseJsonLd) on arbitrary files', () => {
  it('never throws: a Result, with a string error when rejected', () => {
    const files = fc.oneof(hostileText(200), fc.json({ maxDepth: 4 }), fc.anything({ maxDepth: 3 }).map((v) => JSON.stringify(v) ?? ''),
      fc.record({ '@context': fc.constant('http://www.w3.org/ns/anno.jsonld'), type: fc.constantFrom('AnnotationCollection', 'Annotation'), items: fc.array(fc.anything({ maxDepth: 3 }), { maxLength: 3 }), first: fc.anything({ maxDepth: 3 }) }).map((v) => JSON.stringify(v)));
    fc.assert(fc.property(files, (text) => {
      const r = parseJsonLd('file.jsonld', text, () => new Date('2026-01-01T00:00:00Z'));
      if (!r.ok) expect(typeof r.error).toBe('string');
      else expect(Array.isArray(r.value)).toBe(true);
    }), { numRuns: 400 });
  });
});

describe('hostile text in the Markdown export', () => {
  it('prints every payload with its markup escaped: no raw tag, no live link', () => {
    const payload = `${IMG} ${BREAKOUT} ${JS_LINK} ${NETWORK} ${TEMPLATE} [click](javascript:alert(1))`;
    const a: Annotation = {
      id: '0d3c4b7e-6a3c-4c7e-9a53-2b8f0c1e5d42', url: 'https://tass.ru/politika/hostile-1', title: payload, exact: payload, prefix: '', suffix: '',
      note: payload, tags: [payload.slice(0, 40)], claimIds: [], events: [], created: '2026-01-01T00:00:00.000Z', modified: '2026-01-01T00:00:00.000Z',
    };
    const md = toMarkdown([a], claimLookup(), 'en');
    expect(md).not.toMatch(/(^|[^\\])<(?:img|script|svg|iframe|link|a)\b/i);
    expect(md).not.toMatch(/(^|[^\\])\]\(javascript:/i);
    expect(md).toContain('onerror');
  });
});
