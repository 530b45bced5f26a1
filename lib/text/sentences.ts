// Sentence splitting for quote lookup: a pasted paragraph is matched
// sentence by sentence and the results merged. Intl.Segmenter (in every
// browser Sverka supports and in Node) does the splitting; the fix-ups
// below re-join splits after abbreviations common in news ("г.", "т.е.",
// "U.S.", initials "В. Путин") that the segmenter takes for sentence ends.

export interface SentenceSpan {
  text: string;
  start: number;
  end: number;
}

const ABBREV = /(?:^|[\s(])(?:г|гг|т|е|др|пр|им|ул|с|стр|тыс|млн|млрд|руб|долл|грн|тис|U\.S|Mr|Mrs|Ms|Dr|St|Jr|No|vs|etc|[A-ZА-ЯІЇЄҐ])\.\s*$/u;

/** Sentences of `text` with their offsets; whitespace-only pieces are dropped. */
export function splitSentences(text: string): SentenceSpan[] {
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'sentence' });
  const raw: SentenceSpan[] = [];
  for (const s of segmenter.segment(text)) {
    const prev = raw[raw.length - 1];
    const startsLower = /^\s*[\p{Ll}\d«"„]/u.test(s.segment) && !/^\s*[«"„]/u.test(s.segment);
    if (prev && (ABBREV.test(prev.text) || startsLower)) {
      prev.text += s.segment;
      prev.end = s.index + s.segment.length;
    } else raw.push({ text: s.segment, start: s.index, end: s.index + s.segment.length });
  }
  const out: SentenceSpan[] = [];
  for (const s of raw) {
    const lead = s.text.length - s.text.trimStart().length;
    const trimmed = s.text.trim();
    if (!trimmed) continue;
    out.push({ text: trimmed, start: s.start + lead, end: s.start + lead + trimmed.length });
  }
  return out;
}
