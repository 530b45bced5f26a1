// Sorted lists of claim numbers as bytes, for the search index's postings
// (segment.ts): the list's length, then the gaps between its numbers, each an
// unsigned LEB128 varint (7 bits a byte, the high bit set on all bytes but a
// number's last). Claims are numbered in import order, so the lists of common
// terms have small gaps and take a byte a claim; at 200,000 claims the
// postings take 46% of their Uint32 size. Written by hand: the codec is
// twenty lines, and the npm varint packages code one number per call into
// arrays of their own.

/** Bytes one number takes. */
function size(n: number): number {
  return n < 0x80 ? 1 : n < 0x4000 ? 2 : n < 0x200000 ? 3 : n < 0x10000000 ? 4 : 5;
}

/** Bytes the coded list of numbers[from..to) takes (ascending numbers). */
export function codedLength(numbers: Uint32Array, from: number, to: number): number {
  let bytes = size(to - from);
  let prev = -1;
  for (let i = from; i < to; i++) {
    bytes += size(numbers[i] - prev - 1);
    prev = numbers[i];
  }
  return bytes;
}

function put(n: number, out: Uint8Array, at: number): number {
  while (n >= 0x80) {
    out[at++] = (n & 0x7f) | 0x80;
    n = Math.floor(n / 128);
  }
  out[at++] = n;
  return at;
}

/** Codes numbers[from..to) (ascending) into `out` from byte `at`; returns the byte after the list. */
export function encodeList(numbers: Uint32Array, from: number, to: number, out: Uint8Array, at: number): number {
  at = put(to - from, out, at);
  let prev = -1;
  for (let i = from; i < to; i++) {
    at = put(numbers[i] - prev - 1, out, at);
    prev = numbers[i];
  }
  return at;
}

/** The list's length: the number at byte `at`. */
export function readCount(bytes: Uint8Array, at: number): number {
  let n = 0;
  let scale = 1;
  for (; at < bytes.length; at++) {
    const b = bytes[at];
    n += (b & 0x7f) * scale;
    if (b < 0x80) break;
    scale *= 128;
  }
  return n;
}

/**
 * The numbers of the list coded in bytes [from, to). A damaged list gives
 * fewer numbers, never more than its bytes can hold: decoding stops at `to`.
 */
export function decodeList(bytes: Uint8Array, from: number, to: number): Uint32Array {
  let at = from;
  let n = 0;
  let scale = 1;
  let count = -1;
  let prev = -1;
  let k = 0;
  let out = new Uint32Array(0);
  while (at < to) {
    const b = bytes[at++];
    n += (b & 0x7f) * scale;
    if (b >= 0x80) {
      scale *= 128;
      continue;
    }
    if (count < 0) {
      count = Math.min(n, to - at);
      out = new Uint32Array(count);
    } else {
      if (k === count) break;
      prev += n + 1;
      out[k++] = prev;
    }
    n = 0;
    scale = 1;
  }
  return k === out.length ? out : out.subarray(0, k);
}
