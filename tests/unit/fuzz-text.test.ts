// Issue 7, item 7: property tests on the text pipeline with arbitrary and
// hostile Unicode (lone surrogates, bidi controls, zero-width and control
// characters, combining marks, abbreviations). The invariants are the test
// names; fast-check shrinks any counterexample to a minimal string.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { foldLookalikes, normalizeChars, normalizeText, stripInvisible } from '../../lib/text/normalize';
import { splitSentences } from '../../lib/extract';
import { MAX_SENTENCE_CHARS } from '../../lib/extract/sentences';
import { isSkippable, normalizeSpace, squeeze } from '../../lib/extract/whitespace';
import { hostileText } from '../fixtures/hostile/arbitraries';

const LANGS = ['ru', 'uk', 'en', 'other'] as const;
const runs = { numRuns: 400 };

describe('normaliser (lib/text/normalize)', () => {
  it('never throws on arbitrary Unicode, and always returns a string', () => {
    fc.assert(fc.property(hostileText(), (s) => {
      for (const f of [normalizeText, normalizeChars, foldLookalikes, stripInvisible]) expect(typeof f(s)).toBe('string');
    }), runs);
  });
  it('normalizeChars and foldLookalikes keep the length, so offsets found in normalised text index the original', () => {
    fc.assert(fc.property(hostileText(), (s) => {
      expect(normalizeChars(s)).toHaveLength(s.length);
      expect(foldLookalikes(s)).toHaveLength(s.length);
    }), runs);
  });
  it('normalizeChars is idempotent', () => {
    fc.assert(fc.property(hostileText(), (s) => {
      expect(normalizeChars(normalizeChars(s))).toBe(normalizeChars(s));
    }), runs);
  });
  it('text without Cyrillic letters keeps its Latin letters (no folding outside Cyrillic words)', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme-ascii' }), (s) => {
      expect(foldLookalikes(s)).toBe(s);
    }), runs);
  });
  it('stripInvisible output has no soft hyphen, zero-width character or BOM', () => {
    fc.assert(fc.property(hostileText(), (s) => {
      expect(stripInvisible(s)).not.toMatch(/[\u00AD\u200B-\u200D\u2060\uFEFF]/);
    }), runs);
  });
});

describe('whitespace (lib/extract/whitespace): the article text and the live-DOM text map agree', () => {
  it('normalizeSpace is idempotent and trimmed, with no whitespace runs and no steering characters', () => {
    fc.assert(fc.property(hostileText(), (s) => {
      const n = normalizeSpace(s);
      expect(normalizeSpace(n)).toBe(n);
      expect(n).toBe(n.trim());
      expect(n).not.toMatch(/\s\s/);
      expect(n).not.toMatch(/[\u0000-\u0008\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\u200B-\u200F]/);
    }), runs);
  });
  it('squeeze(normalizeSpace(s)) === squeeze(s), and squeeze drops exactly the characters isSkippable skips', () => {
    fc.assert(fc.property(hostileText(), (s) => {
      expect(squeeze(normalizeSpace(s))).toBe(squeeze(s));
      expect(squeeze(s)).toBe([...s].filter((ch) => ch.length > 1 || !isSkippable(ch)).join(''));
    }), runs);
  });
});

describe('sentence splitter (lib/extract splitSentences)', () => {
  const paragraphs = fc.array(hostileText(80), { maxLength: 6 }).map((ps) => ps.join('\n\n'));

  it('never throws, for every language', () => {
    fc.assert(fc.property(paragraphs, fc.constantFrom(...LANGS), (text, lang) => void splitSentences(text, lang)), runs);
  });
  it('offsets always index the text: text.slice(start, end) === sentence.text, trimmed and non-empty', () => {
    fc.assert(fc.property(paragraphs, fc.constantFrom(...LANGS), (text, lang) => {
      for (const s of splitSentences(text, lang)) {
        expect(text.slice(s.start, s.end)).toBe(s.text);
        expect(s.text.length).toBeGreaterThan(0);
        expect(s.text).toBe(s.text.trim());
      }
    }), runs);
  });
  it('sentences are ordered, non-overlapping and never cross a line break', () => {
    fc.assert(fc.property(paragraphs, fc.constantFrom(...LANGS), (text, lang) => {
      let last = 0;
      for (const s of splitSentences(text, lang)) {
        expect(s.start).toBeGreaterThanOrEqual(last);
        expect(s.end).toBeGreaterThan(s.start);
        expect(s.text).not.toContain('\n');
        last = s.end;
      }
    }), runs);
  });
  it('sentences cover all non-space text: every other character is inside exactly one sentence', () => {
    fc.assert(fc.property(paragraphs, fc.constantFrom(...LANGS), (text, lang) => {
      const covered = new Uint8Array(text.length);
      for (const s of splitSentences(text, lang)) for (let i = s.start; i < s.end; i++) covered[i]++;
      for (let i = 0; i < text.length; i++) {
        if (/\s/.test(text[i])) expect(covered[i]).toBeLessThanOrEqual(1);
        else expect(covered[i], `character ${i} ${JSON.stringify(text[i])}`).toBe(1);
      }
    }), runs);
  });
  it(`no sentence is longer than ${MAX_SENTENCE_CHARS} characters, even in a paragraph without full stops`, () => {
    fc.assert(fc.property(fc.integer({ min: MAX_SENTENCE_CHARS, max: 3 * MAX_SENTENCE_CHARS }), fc.boolean(), (n, spaces) => {
      const text = (spaces ? 'слово ' : 'ж').repeat(Math.ceil(n / (spaces ? 6 : 1))).slice(0, n);
      const out = splitSentences(text, 'ru');
      for (const s of out) expect(s.text.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
      expect(out.map((s) => s.text).join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
    }), { numRuns: 30 });
  });
  it('a surrogate pair is never cut in two by the length cap', () => {
    const text = '😀'.repeat(MAX_SENTENCE_CHARS);
    for (const s of splitSentences(text, 'other')) expect(s.text).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
  });
});
