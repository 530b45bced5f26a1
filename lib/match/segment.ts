// One piece of the search index (the bundled data, or one imported pack),
// built once from the claims' analysed terms and never changed: importing a
// pack adds a segment, removing it drops one, and nothing else is rebuilt.
//
// Compact on purpose (issue 11: 200,000 claims in a service worker):
//   - terms: sorted, kept as one joined string (lib/match/strings.ts) and
//     looked up by binary search (no Map, and no array, of 250k strings to
//     build on every wake-up);
//   - postings: one byte array, delta-coded — bytes postingStart[t] ..
//     postingStart[t+1] hold term t's claim count, then the gaps between
//     its (local) claim numbers, each a LEB128 varint (lib/match/varint.ts).
//     At 200,000 claims that is 5.7 MB where Uint32 claim numbers took
//     12.5 MB, and a wake-up's read of the row costs about its bytes;
//     decoding only the lists a search walks is a small part of that search;
//   - forward terms for re-ranking, again CSR: per claim one list when its
//     four versions are the same untranslated text (imported fact-checks),
//     else four (ru, uk, en, quote);
//   - claim ids (joined too), so the bodies can be read from IndexedDB for the candidates only.
// A pack imported as claim rows (lib/db/claim-rows.ts) keeps its forward
// lists in the rows, next to the bodies, not in the segment: a wake-up then
// reads no forward list at all (a third of a 200,000-claim segment's bytes,
// ~110 ms in Chromium), and re-ranking gets a candidate's terms with the
// body it reads anyway (termsFromRow).
// Typed arrays go to IndexedDB as they are (structured clone). The stored
// layout is a list of parts per array; a segment is written as one part per
// array (all parts sat in the same record anyway, and joining them cost a
// quarter of a 200,000-claim wake-up); rows written with several parts (up
// to 1M entries each, before) are still read.

import { Strings } from './strings';
import { codedLength, decodeList, encodeList, readCount } from './varint';

const PART_SIZE = 2 ** 31;

/** What a segment is made from: per claim its id and its versions' terms (1 list = shared by all four versions). */
export interface SegmentInput {
  ids: string[];
  terms: string[][][];
}

/** A segment as stored: strings joined by "\n" (terms and ids never contain one), arrays cut in parts. */
export interface StoredSegment {
  terms: string;
  ids: string;
  postingStart: Uint32Array[];
  /** Delta-coded bytes when `postingsCoded`; rows written before hold the claim numbers (Uint32Array). */
  postings: (Uint8Array | Uint32Array)[];
  /** The postings are delta-coded, postingStart in bytes (rows written before hold Uint32 claim numbers). */
  postingsCoded?: boolean;
  forwardStart: Uint32Array[];
  /** Empty when `forwardInRows`. */
  forward: Uint32Array[];
  /** Per claim, how many version lists it has (1 or 4). */
  versions: Uint8Array[];
  /** The forward lists are kept in the pack's claim rows (rowForward / termsFromRow). */
  forwardInRows?: boolean;
}

export class Segment {
  private constructor(
    /** Sorted, distinct. */
    readonly terms: Strings,
    readonly ids: Strings,
    /** Byte offsets of each term's coded list in `postings`. */
    private postingStart: Uint32Array,
    private postings: Uint8Array,
    /** Start of claim c's first version list in `forwardStart` index space: claimFirst[c] = sum of versions before c. */
    private claimFirst: Uint32Array,
    private forwardStart: Uint32Array,
    /** Undefined when the forward lists are kept in the claim rows. */
    private forward: Uint32Array | undefined,
    private versions: Uint8Array,
  ) {}

  /** Whether a claim's terms come with its body (termsFromRow) rather than from claimTerms. */
  get termsInRows(): boolean {
    return !this.forward;
  }

  get size(): number {
    return this.ids.length;
  }

  /**
   * Builds a segment; claims keep their input order as local numbers. One
   * string lookup per term occurrence (provisional numbers in order of first
   * sight, renumbered once the terms are sorted) and no per-claim Set: at
   * 200,000 claims the Map lookups and small Sets were most of the build.
   */
  static build(input: SegmentInput): Segment {
    const provisional = new Map<string, number>();
    const seen: string[] = [];
    let lists = 0;
    let forwardLength = 0;
    for (const versionLists of input.terms) {
      lists += versionLists.length;
      for (const list of versionLists) forwardLength += list.length;
    }
    // Every term occurrence as a provisional number, claim after claim, list after list.
    const occurrences = new Uint32Array(forwardLength);
    let at = 0;
    for (const versionLists of input.terms) {
      for (const list of versionLists) {
        for (const t of list) {
          let n = provisional.get(t);
          if (n === undefined) {
            n = seen.length;
            provisional.set(t, n);
            seen.push(t);
          }
          occurrences[at++] = n;
        }
      }
    }
    const order = Array.from(seen.keys()).sort((a, b) => (seen[a] < seen[b] ? -1 : seen[a] > seen[b] ? 1 : 0));
    const terms = order.map((n) => seen[n]);
    const finalOf = new Uint32Array(seen.length);
    order.forEach((n, i) => (finalOf[n] = i));
    const forward = new Uint32Array(forwardLength);
    for (let i = 0; i < forwardLength; i++) forward[i] = finalOf[occurrences[i]];

    const versions = new Uint8Array(input.terms.length);
    const forwardStart = new Uint32Array(lists + 1);
    let k = 0;
    input.terms.forEach((versionLists, c) => {
      versions[c] = versionLists.length;
      for (const list of versionLists) {
        forwardStart[k + 1] = forwardStart[k] + list.length;
        k++;
      }
    });
    // Postings: each claim once per distinct term (lastClaim marks the terms already counted for this claim).
    const lastClaim = new Int32Array(terms.length).fill(-1);
    const counts = new Uint32Array(terms.length + 1);
    const claimEnd = (c: number, first: number) => forwardStart[first + versions[c]];
    let first = 0;
    for (let c = 0; c < versions.length; c++) {
      for (let i = forwardStart[first]; i < claimEnd(c, first); i++) {
        const t = forward[i];
        if (lastClaim[t] !== c) {
          lastClaim[t] = c;
          counts[t + 1]++;
        }
      }
      first += versions[c];
    }
    const postingStart = new Uint32Array(terms.length + 1);
    for (let t = 0; t < terms.length; t++) postingStart[t + 1] = postingStart[t] + counts[t + 1];
    const fill = postingStart.slice(0, terms.length);
    const postings = new Uint32Array(postingStart[terms.length]);
    lastClaim.fill(-1);
    first = 0;
    for (let c = 0; c < versions.length; c++) {
      for (let i = forwardStart[first]; i < claimEnd(c, first); i++) {
        const t = forward[i];
        if (lastClaim[t] !== c) {
          lastClaim[t] = c;
          postings[fill[t]++] = c;
        }
      }
      first += versions[c];
    }
    const [byteStart, coded] = encodePostings(postingStart, postings);
    return Segment.assemble(Strings.of(terms), Strings.of(input.ids), byteStart, coded, forwardStart, forward, versions);
  }

  private static assemble(terms: Strings, ids: Strings, postingStart: Uint32Array, postings: Uint8Array, forwardStart: Uint32Array, forward: Uint32Array | undefined, versions: Uint8Array): Segment {
    const claimFirst = new Uint32Array(ids.length + 1);
    for (let c = 0; c < ids.length; c++) claimFirst[c + 1] = claimFirst[c] + versions[c];
    return new Segment(terms, ids, postingStart, postings, claimFirst, forwardStart, forward, versions);
  }

  /** Term number, or -1. */
  termNumber(term: string): number {
    let lo = 0;
    let hi = this.terms.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const d = this.terms.compareAt(mid, term);
      if (d === 0) return mid;
      if (d < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** Terms starting with `prefix` (a range of the sorted array), for typo-tolerant lookup. */
  withPrefix(prefix: string): string[] {
    let lo = 0;
    let hi = this.terms.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.terms.compareAt(mid, prefix) < 0) lo = mid + 1;
      else hi = mid;
    }
    const out: string[] = [];
    for (let i = lo; i < this.terms.length && this.terms.at(i).startsWith(prefix); i++) out.push(this.terms.at(i));
    return out;
  }

  /** Number of claims holding the term (the first number of its coded list). */
  docFreq(term: string): number {
    const t = this.termNumber(term);
    return t < 0 ? 0 : readCount(this.postings, this.postingStart[t]);
  }

  /** Local claim numbers holding the term, ascending (decoded: a new array). */
  postingsOf(term: string): Uint32Array {
    const t = this.termNumber(term);
    return t < 0 ? new Uint32Array(0) : decodeList(this.postings, this.postingStart[t], this.postingStart[t + 1]);
  }

  /** The four version term lists of local claim `c` (ru, uk, en, quote); a shared list is repeated. */
  claimTerms(c: number): string[][] {
    if (!this.forward) throw new Error(`the terms of claim ${c} are kept with its body (Segment.termsFromRow)`);
    return this.listsOf(c, this.forward, 0);
  }

  private listsOf(c: number, forward: Uint32Array, base: number): string[][] {
    const lists: string[][] = [];
    for (let v = this.claimFirst[c]; v < this.claimFirst[c + 1]; v++) {
      lists.push(Array.from(forward.subarray(this.forwardStart[v] - base, this.forwardStart[v + 1] - base), (t) => this.terms.at(t)));
    }
    return lists.length === 1 ? [lists[0], lists[0], lists[0], lists[0]] : lists;
  }

  /** The forward lists of claims first … first+count-1, one array: what a claim row keeps (a copy). */
  rowForward(first: number, count: number): Uint32Array {
    if (!this.forward) throw new Error('this segment keeps no forward lists');
    const last = Math.min(first + count, this.size);
    return this.forward.slice(this.forwardStart[this.claimFirst[first]], this.forwardStart[this.claimFirst[last]]);
  }

  /**
   * Local claim `c`'s term lists from the forward lists of the row it is in (rowForward of the row's
   * claims from `first` on, `count` of them); undefined when the row's array does not fit (a damaged row).
   */
  termsFromRow(c: number, first: number, count: number, forward: unknown): string[][] | undefined {
    if (!(forward instanceof Uint32Array) || c < first || c >= first + count) return undefined;
    const base = this.forwardStart[this.claimFirst[first]];
    if (forward.length !== this.forwardStart[this.claimFirst[Math.min(first + count, this.size)]] - base) return undefined;
    // Only this claim's entries: a row is read for each of its candidates, and each checks its own slice.
    for (let i = this.forwardStart[this.claimFirst[c]] - base; i < this.forwardStart[this.claimFirst[c + 1]] - base; i++) if (forward[i] >= this.terms.length) return undefined;
    return this.listsOf(c, forward, base);
  }

  /** Number of terms in local claim `c`'s quote version (BM25 length normalisation). */
  lengthOf(c: number): number {
    const last = this.claimFirst[c + 1];
    return this.forwardStart[last] - this.forwardStart[last - 1];
  }

  /** For IndexedDB: typed arrays cut in parts, strings joined; without the forward lists when the claim rows keep them. */
  toStored(opts: { forwardInRows?: boolean } = {}): StoredSegment {
    const inRows = opts.forwardInRows || !this.forward;
    return {
      terms: this.terms.text, ids: this.ids.text,
      postingStart: parts(this.postingStart), postings: parts(this.postings), postingsCoded: true,
      forwardStart: parts(this.forwardStart), forward: inRows ? [] : parts(this.forward!), versions: parts(this.versions),
      ...(inRows ? { forwardInRows: true } : {}),
    };
  }

  /** Restores a stored segment; throws when its arrays do not fit together (a damaged row is rebuilt by the caller). */
  static fromStored(s: StoredSegment): Segment {
    if (typeof s.terms !== 'string' || typeof s.ids !== 'string') throw new Error('stored index segment is damaged');
    const versions = join(s.versions, Uint8Array);
    const terms = Strings.fromJoined(s.terms);
    const ids = Strings.fromJoined(s.ids);
    const [stripStart, forwardStart] = [s.postingStart, s.forwardStart].map((p) => join(p, Uint32Array));
    const forward = s.forwardInRows === true ? undefined : join(s.forward, Uint32Array);
    let lists = 0;
    for (const v of versions) lists += v;
    let postingStart = stripStart;
    let postings: Uint8Array;
    if (s.postingsCoded === true) {
      postings = join(s.postings as Uint8Array[], Uint8Array);
    } else {
      // A row written before the postings were coded: claim numbers, coded here once (the caller writes the row again).
      const numbers = join(s.postings as Uint32Array[], Uint32Array);
      if (stripStart.length !== terms.length + 1 || numbers.length !== stripStart[terms.length]) throw new Error('stored index segment is damaged');
      [postingStart, postings] = encodePostings(stripStart, numbers);
    }
    const fits = postingStart.length === terms.length + 1 && postings.length === postingStart[terms.length]
      && versions.length === ids.length && forwardStart.length === lists + 1 && (!forward || forward.length === forwardStart[lists]);
    if (!fits) throw new Error('stored index segment is damaged');
    return Segment.assemble(terms, ids, postingStart, postings, forwardStart, forward, versions);
  }
}

/** CSR claim numbers (postingStart in entries) as coded lists (postingStart in bytes). */
function encodePostings(start: Uint32Array, numbers: Uint32Array): [Uint32Array, Uint8Array] {
  const terms = start.length - 1;
  const byteStart = new Uint32Array(terms + 1);
  for (let t = 0; t < terms; t++) byteStart[t + 1] = byteStart[t] + codedLength(numbers, start[t], start[t + 1]);
  const coded = new Uint8Array(byteStart[terms]);
  for (let t = 0; t < terms; t++) encodeList(numbers, start[t], start[t + 1], coded, byteStart[t]);
  return [byteStart, coded];
}

function parts<T extends Uint32Array | Uint8Array>(a: T): T[] {
  const out: T[] = [];
  for (let i = 0; i < a.length; i += PART_SIZE) out.push(a.slice(i, i + PART_SIZE) as T);
  return out.length ? out : [a.slice(0) as T];
}

function join<T extends Uint32Array | Uint8Array>(list: T[], Type: { new (n: number): T }): T {
  if (!Array.isArray(list) || list.some((p) => !(p instanceof Type))) throw new Error('stored index segment is damaged');
  if (list.length === 1) return list[0];
  const out = new Type(list.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of list) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
