// Issue 7, item 2 for matching: the largest article extraction lets through
// (500,000 characters of text; sentences of up to 4,000 characters) is
// matched in the background within a bound, so a hostile page cannot keep
// the service worker busy for long. Times are recorded with the extraction ones.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Matcher } from '../../lib/match';
import { bundledDatabase } from '../../lib/claims/bundled';
import { splitSentences } from '../../lib/extract';
import { DEFAULT_MAX_TEXT_CHARS } from '../../lib/extract/signals';
import { MAX_SENTENCE_CHARS } from '../../lib/extract/sentences';
import { fillerParagraph, fillerSentence, seeded, TASS_PARAGRAPHS } from '../fixtures/extreme/generate';

const BOUND_MS = 15_000;
const timings: Record<string, { sentences: number; chars: number; ms: number }> = {};
const matcher = Matcher.build(bundledDatabase());

afterAll(() => {
  const dir = join(import.meta.dirname, '../../artifacts');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'extreme-timings-matching.json'), `${JSON.stringify(timings, null, 2)}\n`);
});

function timeMatch(name: string, text: string): number {
  const sentences = splitSentences(text, 'ru').map((s) => ({ ...s, paragraph: 0 }));
  const t = performance.now();
  const findings = matcher.matchSentences(sentences);
  const ms = performance.now() - t;
  timings[name] = { sentences: sentences.length, chars: text.length, ms: Math.round(ms) };
  expect(findings.matches.length).toBeGreaterThan(0);
  return ms;
}

describe('matching is bounded on the largest article extraction accepts', () => {
  it(`${DEFAULT_MAX_TEXT_CHARS} characters of on-topic and filler paragraphs match`, () => {
    const rand = seeded(11);
    const ps: string[] = [];
    for (let n = 0; n < DEFAULT_MAX_TEXT_CHARS - 2_000;) {
      const p = ps.length % 5 === 0 ? TASS_PARAGRAPHS[ps.length % TASS_PARAGRAPHS.length] : fillerParagraph(rand);
      ps.push(p);
      n += p.length + 2;
    }
    timeMatch('500k-chars-paragraphs', ps.join('\n\n')); // timed for the report only; speed is npm run bench's
  });

  it(`22,500 short sentences (as many as fit in ${DEFAULT_MAX_TEXT_CHARS} characters) match`, () => {
    const paragraphs = [...TASS_PARAGRAPHS];
    for (let i = 0; i < 2_250; i++) paragraphs.push(Array.from({ length: 10 }, (_, k) => `Министр заявил ${i * 10 + k}.`).join(' '));
    const text = paragraphs.join('\n\n');
    expect(text.length).toBeLessThan(DEFAULT_MAX_TEXT_CHARS);
    timeMatch('22k-short-sentences', text); // timed for the report only; speed is npm run bench's
  });

  it(`the same size as ${MAX_SENTENCE_CHARS}-character sentences (no full stops) matches`, () => {
    const rand = seeded(12);
    const lines: string[] = [];
    for (let n = 0; n < DEFAULT_MAX_TEXT_CHARS - 10_000;) {
      let line = TASS_PARAGRAPHS[lines.length % TASS_PARAGRAPHS.length];
      while (line.length < MAX_SENTENCE_CHARS - 200) line += ` ${fillerSentence(rand).slice(0, -1).toLowerCase()}`;
      lines.push(line);
      n += line.length + 2;
    }
    timeMatch('500k-chars-long-sentences', lines.join('\n\n')); // timed for the report only; speed is npm run bench's
  });
});
