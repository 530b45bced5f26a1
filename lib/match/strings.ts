// Many strings kept as one: the "\n"-joined text a segment stores anyway, and
// where each string starts. A 200,000-claim wake-up split the ids and the
// terms into ~450,000 small strings (a sixth of the wake-up, and heap that
// stays); reading the joined text's line starts is one pass of indexOf and
// allocates a typed array only. Strings never contain "\n" (terms and ids).

export class Strings {
  private constructor(
    /** The strings joined by "\n" (what IndexedDB stores). */
    readonly text: string,
    /** starts[i] is where string i begins; starts[length] is text.length + 1. */
    private starts: Uint32Array,
  ) {}

  static of(list: readonly string[]): Strings {
    return Strings.fromJoined(list.join('\n'), list.length);
  }

  /** From the joined text; `count` (when known) spares counting the lines first. */
  static fromJoined(text: string, count?: number): Strings {
    if (!text && !count) return new Strings('', Uint32Array.of(1));
    let n = count ?? 1;
    if (count === undefined) for (let p = text.indexOf('\n'); p >= 0; p = text.indexOf('\n', p + 1)) n++;
    const starts = new Uint32Array(n + 1);
    let k = 1;
    for (let p = text.indexOf('\n'); p >= 0 && k < n; p = text.indexOf('\n', p + 1)) starts[k++] = p + 1;
    starts[n] = text.length + 1;
    return new Strings(text, starts);
  }

  get length(): number {
    return this.starts.length - 1;
  }

  at(i: number): string {
    return this.text.slice(this.starts[i], this.starts[i + 1] - 1);
  }

  /**
   * String i compared with `s` as `<` compares strings (UTF-16 code units), without slicing it out: the
   * binary searches of the index compare ~18 strings per term looked up.
   */
  compareAt(i: number, s: string): number {
    const start = this.starts[i];
    const len = this.starts[i + 1] - 1 - start;
    const n = Math.min(len, s.length);
    for (let k = 0; k < n; k++) {
      const d = this.text.charCodeAt(start + k) - s.charCodeAt(k);
      if (d) return d;
    }
    return len - s.length;
  }

  /** Position of `s` among the strings, or -1 (a search of the joined text, no array). */
  indexOf(s: string): number {
    if (!s || s.includes('\n')) return -1;
    for (let p = this.text.indexOf(s); p >= 0; p = this.text.indexOf(s, p + 1)) {
      const end = p + s.length;
      if ((p === 0 || this.text[p - 1] === '\n') && (end === this.text.length || this.text[end] === '\n')) return this.lineAt(p);
    }
    return -1;
  }

  /** The string that starts at text position `p` (binary search of the starts). */
  private lineAt(p: number): number {
    let lo = 0;
    let hi = this.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (this.starts[mid] <= p) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}
