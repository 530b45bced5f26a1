// Counterfactual statements (tests/eval/flips/, ninth pass): a claim reported
// with one fact changed. Sverka should show the claim and say the text may
// contradict it (Match.differs); showing it as a plain match tells the reader
// the page states it, and not showing it hides the disagreement.
import { existsSync, readFileSync } from 'node:fs';
import type { Matcher } from '../../lib/match';

export const FLIP_TYPES = ['negation', 'antonym', 'number', 'act', 'actor'] as const;
export type FlipType = (typeof FLIP_TYPES)[number];

export interface Flip {
  q: string;
  lang: 'ru' | 'uk' | 'en';
  expect: [string];
  kind: 'flip';
  flip: FlipType;
}

/** A flips file, every line checked (a bad line is an error with its number). */
export function flipFile(path: string): Flip[] {
  if (!existsSync(path)) throw new Error(`${path} is missing`);
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l, i) => {
    let f: Flip;
    try {
      f = JSON.parse(l) as Flip;
    } catch (e) {
      throw new Error(`${path} line ${i + 1}: ${(e as Error).message}`);
    }
    const ok = typeof f?.q === 'string' && ['ru', 'uk', 'en'].includes(f.lang) && Array.isArray(f.expect) && f.expect.length === 1 && f.kind === 'flip' && FLIP_TYPES.includes(f.flip);
    if (!ok) throw new Error(`${path} line ${i + 1}: expected {q, lang, expect: [claim id], kind: "flip", flip: ${FLIP_TYPES.join('|')}}`);
    return f;
  });
}

export interface FlipCounts {
  n: number;
  /** The claim is shown (a match) with a possible-contradiction note. */
  noted: number;
  /** The claim is shown as a plain match: the reader is told the text states it. */
  silent: number;
  /** The claim is not among the matches (it may be under "possibly related"). */
  hidden: number;
}

/** Counts per flip type and per language, and in all. */
export function evaluateFlips(matcher: Matcher, flips: Flip[]): { all: FlipCounts; byType: Record<string, FlipCounts>; byLang: Record<string, FlipCounts>; unknownIds: string[] } {
  const ids = new Set(matcher.db.claims.map((c) => c.id));
  const empty = (): FlipCounts => ({ n: 0, noted: 0, silent: 0, hidden: 0 });
  const all = empty();
  const byType: Record<string, FlipCounts> = {};
  const byLang: Record<string, FlipCounts> = {};
  const unknownIds = flips.map((f) => f.expect[0]).filter((id) => !ids.has(id));
  for (const f of flips) {
    const m = matcher.matchText(f.q, { top: 5 }).find((x) => x.claimId === f.expect[0]);
    const key: keyof FlipCounts = !m ? 'hidden' : m.differs ? 'noted' : 'silent';
    for (const c of [all, (byType[f.flip] ??= empty()), (byLang[f.lang] ??= empty())]) c.n++, c[key]++;
  }
  return { all, byType, byLang, unknownIds };
}
