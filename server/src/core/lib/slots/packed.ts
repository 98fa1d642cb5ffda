// The slot table's counts, packed in one buffer (server/data/slots.json `counts`, base64): for every
// context key, a 32-bit hash (sorted, for a binary search), a 16-bit check hash (so that an unseen key
// almost never reads another's counts: one in 65,536 of the rare 32-bit collisions), and two counts
// quantised to eighth powers of two: how often complete text leaves the unit bare in that context,
// and how often a number was deleted there (synthetic drafts of the tune part). Eight bytes a key, one
// ArrayBuffer; no string of the table is kept in memory.

/** Bytes of each part of a key: hash, check hash, the two counts (each part in its own array). */
const HASH_BYTES = 4;
const CHECK_BYTES = 2;
const COUNT_BYTES = 2;
/** Bytes a key takes in the packed buffer. */
export const BYTES_PER_KEY = HASH_BYTES + CHECK_BYTES + COUNT_BYTES;

/** The 32-bit FNV-1a hash of a key (UTF-16 code units). */
export function keyHash(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** A second, independent 16-bit hash of a key (a different basis and multiplier). */
export function keyCheck(key: string): number {
  let h = 0x9e3779b9;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x85ebca6b) ^ (h >>> 13);
  return (h ^ (h >>> 16)) & 0xffff;
}

/** A count as one byte: 8·log2(n + 1), rounded (exact up to 1, then within 5 %; saturates near 2^31). */
export function quantise(n: number): number {
  return Math.min(255, Math.round(8 * Math.log2(n + 1)));
}

/** The count a byte stands for (see quantise). */
export function dequantise(q: number): number {
  return Math.pow(2, q / 8) - 1;
}

/** One key of the packed table. */
export interface PackedEntry {
  hash: number;
  check: number;
  bare: number;
  gap: number;
}

/** Packs entries (any order; counts as plain numbers) into the base64 of the table's buffer. */
export function packCounts(entries: readonly PackedEntry[]): string {
  const sorted = [...entries].sort((a, b) => a.hash - b.hash || a.check - b.check);
  const n = sorted.length;
  const bytes = new Uint8Array(n * BYTES_PER_KEY);
  const view = new DataView(bytes.buffer);
  sorted.forEach((e, i) => {
    view.setUint32(i * HASH_BYTES, e.hash);
    view.setUint16(n * HASH_BYTES + i * CHECK_BYTES, e.check);
    bytes[n * (HASH_BYTES + CHECK_BYTES) + i * COUNT_BYTES] = quantise(e.bare);
    bytes[n * (HASH_BYTES + CHECK_BYTES) + i * COUNT_BYTES + 1] = quantise(e.gap);
  });
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

/** Counts by context, read from the packed buffer: `counts(key)` is [bare, gap] or undefined when unseen. */
export class PackedCounts {
  private readonly hashes: Uint32Array;
  private readonly checks: Uint16Array;
  private readonly quantised: Uint8Array;
  /** The decoded value of each quantised byte. */
  private static readonly VALUES = Float64Array.from({ length: 256 }, (_, q) => dequantise(q));

  constructor(base64: string) {
    const bin = atob(base64);
    const n = Math.floor(bin.length / BYTES_PER_KEY);
    // One buffer for the three arrays: hashes, checks, counts (the hashes aligned at its start).
    const buffer = new ArrayBuffer(n * BYTES_PER_KEY);
    this.hashes = new Uint32Array(buffer, 0, n);
    this.checks = new Uint16Array(buffer, n * HASH_BYTES, n);
    this.quantised = new Uint8Array(buffer, n * (HASH_BYTES + CHECK_BYTES), n * COUNT_BYTES);
    const byte = (i: number) => bin.charCodeAt(i);
    for (let i = 0; i < n; i++) {
      const o = i * HASH_BYTES;
      this.hashes[i] = ((byte(o) << 24) | (byte(o + 1) << 16) | (byte(o + 2) << 8) | byte(o + 3)) >>> 0;
      const c = n * HASH_BYTES + i * CHECK_BYTES;
      this.checks[i] = (byte(c) << 8) | byte(c + 1);
    }
    const q = n * (HASH_BYTES + CHECK_BYTES);
    for (let i = 0; i < n * COUNT_BYTES; i++) this.quantised[i] = byte(q + i);
  }

  /** Keys held. */
  get size(): number {
    return this.hashes.length;
  }

  /** Bytes of the buffer (the table's whole heap, but for a few object headers). */
  get byteLength(): number {
    return this.hashes.length * BYTES_PER_KEY;
  }

  /** [bare, gap] counts of a context key, or undefined when the table has not seen it. */
  counts(key: string): [number, number] | undefined {
    const h = keyHash(key);
    const hashes = this.hashes;
    let lo = 0;
    let hi = hashes.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (hashes[mid] < h) lo = mid + 1;
      else hi = mid;
    }
    if (hashes[lo] !== h) return undefined;
    const check = keyCheck(key);
    for (let i = lo; i < hashes.length && hashes[i] === h; i++) {
      if (this.checks[i] !== check) continue;
      return [PackedCounts.VALUES[this.quantised[2 * i]], PackedCounts.VALUES[this.quantised[2 * i + 1]]];
    }
    return undefined;
  }
}
