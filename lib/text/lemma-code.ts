// How a lemma table writes a form: relative to its lemma, to keep the shipped
// tables small. Its own file so the runtime lookup (lemmas.ts) does not load
// the generator (lemma-gen.ts), which needs the stemmer that needs the lookup.

/** Form written relative to its lemma: letters cut from the lemma's end (one digit) and letters added; "~form" when more than 9 are cut. */
export function encodeForm(lemma: string, form: string): string {
  let p = 0;
  while (p < lemma.length && p < form.length && lemma[p] === form[p]) p++;
  const cut = lemma.length - p;
  return cut > 9 ? `~${form}` : `${cut}${form.slice(p)}`;
}

/** Inverse of encodeForm. */
export function decodeForm(lemma: string, code: string): string {
  return code[0] === '~' ? code.slice(1) : lemma.slice(0, lemma.length - Number(code[0])) + code.slice(1);
}
