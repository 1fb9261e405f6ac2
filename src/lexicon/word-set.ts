/**
 * A set of words that answers "which entry ends here" and "which entry starts here", longest first,
 * without slicing the text. Entries are bucketed by their first (and last) UTF-16 unit together with
 * the unit next to it: titles ending in 长 are 72, but few of them end in 局长. A bitset rejects the
 * many positions no entry starts or ends at before any table is read.
 */

/**
 * The entries by one edge unit and the unit next to it, packed into one small-integer key (the
 * next unit's low 14 bits: a collision only costs a comparison, since candidates are compared in
 * place). Keys of pairs are 0 … 2^30 - 1.
 */
function pairKey(edge: number, next: number): number {
  return (edge << 14) | (next & 0x3fff);
}

/** The key of the one-unit entry that is `edge`: negative, apart from every pair key. */
function singleKey(edge: number): number {
  return -1 - edge;
}

/** A slot no key holds (below every single key). */
const EMPTY = -0x80000000;

/** Marks the edge unit of `w` in `edges` and gives its key; EMPTY for the empty string. */
function edgeKey(w: string, fromEnd: boolean, edges: Uint8Array): number {
  const length = w.length;
  if (length === 0) return EMPTY;
  const edge = fromEnd ? w.charCodeAt(length - 1) : w.charCodeAt(0);
  edges[edge >> 3]! |= 1 << (edge & 7);
  if (length === 1) return singleKey(edge);
  return pairKey(edge, fromEnd ? w.charCodeAt(length - 2) : w.charCodeAt(1));
}

/**
 * The entries of a set by their first (or last) unit and the one after (or before) it, in typed
 * arrays: an open-addressing table of keys, each slot a range of `order`, which lists indexes of
 * the entries longest first. It is built cold, on a fresh process's first page: Maps of arrays
 * allocated a few hundred KB there, all long-lived, so copied by the scavenger; typed arrays live
 * outside the heap.
 */
class Index {
  /** The edge units as a bitset (CharBits' layout), read in place by the lookups. */
  readonly edges = new Uint8Array(8192);
  /** Slot → key, EMPTY if free; the table is a power of two, at least twice the entries. */
  readonly keys: Int32Array;
  /** Slot → its entries: `order[starts[slot]]` up to `order[ends[slot]]` (excluded). */
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** Indexes into the entries, grouped by slot, longest first within a slot. */
  readonly order: Int32Array;
  /** Shifts a hashed key down to a slot number. */
  readonly shift: number;

  /**
   * Three passes over the entries, none over the table: this runs once per set, cold, and loops
   * that run long enough get the function compiled by TurboFan, a compile that competes for the
   * CPU with the first page (on a 2-core machine it cost more than the whole build).
   */
  constructor(words: readonly string[], fromEnd: boolean) {
    const n = words.length;
    let bits = 1;
    while (1 << bits < 2 * n) bits++;
    this.shift = 32 - bits;
    this.keys = new Int32Array(1 << bits).fill(EMPTY);
    this.starts = new Int32Array(1 << bits);
    this.ends = new Int32Array(1 << bits);
    this.order = new Int32Array(n);
    const slots = new Int32Array(n);
    const claimed = new Int32Array(n);
    const distinct = this.countSlots(words, fromEnd, slots, claimed);
    this.layRanges(claimed, distinct);
    this.placeLongestFirst(words, slots);
  }

  /**
   * Gives each entry the slot of its key (-1 for an empty entry), lists the slots in `claimed` as
   * they are first taken and counts each slot's entries in `ends`. Returns how many slots were
   * taken. The per-entry reading is {@link edgeKey}'s: split so that neither function runs enough
   * bytecode to be compiled by TurboFan (see the constructor).
   */
  private countSlots(words: readonly string[], fromEnd: boolean, slots: Int32Array, claimed: Int32Array): number {
    const { edges, keys, ends } = this;
    let distinct = 0;
    for (let i = 0; i < words.length; i++) {
      const key = edgeKey(words[i]!, fromEnd, edges);
      slots[i] = -1;
      if (key === EMPTY) continue;
      const slot = this.probe(key);
      if (keys[slot] === EMPTY) {
        keys[slot] = key;
        claimed[distinct++] = slot;
      }
      slots[i] = slot;
      ends[slot]!++;
    }
    return distinct;
  }

  /** The slot of `key`, or the free slot where it would go. */
  private probe(key: number): number {
    const keys = this.keys;
    const mask = keys.length - 1;
    let slot = Math.imul(key, 0x9e3779b1) >>> this.shift;
    while (keys[slot] !== key && keys[slot] !== EMPTY) slot = (slot + 1) & mask;
    return slot;
  }

  /** Lays the taken slots' ranges end to end; `ends` becomes each range's fill cursor. */
  private layRanges(claimed: Int32Array, distinct: number): void {
    const { starts, ends } = this;
    let offset = 0;
    for (let d = 0; d < distinct; d++) {
      const slot = claimed[d]!;
      const count = ends[slot]!;
      starts[slot] = offset;
      ends[slot] = offset;
      offset += count;
    }
  }

  /**
   * Fills the ranges, longest entry first, by insertion: a range holds a few entries. Entries of one
   * length keep their order (two of one length cannot both match at one position, so it is free).
   */
  private placeLongestFirst(words: readonly string[], slots: Int32Array): void {
    const { starts, ends, order } = this;
    for (let i = 0; i < words.length; i++) {
      const slot = slots[i]!;
      if (slot < 0) continue;
      const length = words[i]!.length;
      const first = starts[slot]!;
      let k = ends[slot]!++;
      for (; k > first && words[order[k - 1]!]!.length < length; k--) order[k] = order[k - 1]!;
      order[k] = i;
    }
  }
}

/**
 * The slot of `key` in `index`, or -1. A function rather than a method: the lookups, which run at
 * nearly every character, interpreted on a fresh process, call it at most twice. It repeats
 * Index.probe's loop on purpose: one probe shared by the build and the lookups ran often enough on
 * the sample page for V8 to mark it for TurboFan, and import → first result went from 47.5 to 50 ms.
 */
function slotOf(index: Index, key: number): number {
  const keys = index.keys;
  const mask = keys.length - 1;
  let slot = Math.imul(key, 0x9e3779b1) >>> index.shift;
  for (let k = keys[slot]!; k !== key; k = keys[slot]!) {
    if (k === EMPTY) return -1;
    slot = (slot + 1) & mask;
  }
  return slot;
}

/** The single-unit entry `edge` of `index`, or "". */
function singleAt(index: Index, entries: readonly string[], edge: number): string {
  const single = slotOf(index, singleKey(edge));
  return single < 0 ? "" : entries[index.order[index.starts[single]!]!]!;
}

/**
 * The longest entry of `index` (by first units) starting at `start`, whose first unit is `first`.
 * Apart from {@link WordSet.startingAt}, which rejects most positions on the bitset alone: V8
 * compiles a function with TurboFan once it has run enough bytecode, a compile that competes for
 * the CPU with a fresh process's first page, and the lookup of a few hundred positions would
 * get it there.
 */
function longestStartingAt(index: Index, entries: readonly string[], text: string, start: number, first: number): string {
  if (!(start >= 0 && start < text.length)) return "";
  // NaN past the text reads as next unit 0: harmless.
  const pair = slotOf(index, pairKey(first, text.charCodeAt(start + 1)));
  if (pair >= 0) {
    const order = index.order;
    for (let k = index.starts[pair]!, end = index.ends[pair]!; k < end; k++) {
      const w = entries[order[k]!]!;
      if (text.startsWith(w, start)) return w;
    }
  }
  return singleAt(index, entries, first);
}

/** The longest entry of `index` (by last units) ending at `end`, whose last unit is `last`; as above. */
function longestEndingAt(index: Index, entries: readonly string[], text: string, end: number, last: number): string {
  if (!(end > 0 && end <= text.length)) return "";
  const pair = slotOf(index, pairKey(last, text.charCodeAt(end - 2)));
  if (pair >= 0) {
    const order = index.order;
    for (let k = index.starts[pair]!, stop = index.ends[pair]!; k < stop; k++) {
      const w = entries[order[k]!]!;
      if (w.length <= end && text.startsWith(w, end - w.length)) return w;
    }
  }
  return singleAt(index, entries, last);
}

/**
 * Words that answer "which entry starts here" and "which entry ends here", longest first. The
 * index of each direction is built on its first use (organization suffixes are only read
 * backwards), the set of entries only if asked for. The lookups read the bitset in place rather
 * than through a helper: on a fresh process they run interpreted, where each call costs.
 */
export class WordSet {
  private prefixes: Index | null = null;
  private suffixes: Index | null = null;
  private set: ReadonlySet<string> | null = null;

  constructor(private readonly entries: readonly string[]) {}

  get words(): ReadonlySet<string> {
    return (this.set ??= new Set(this.entries));
  }

  /**
   * The longest entry starting at `start` in `text`, or "". Most positions are rejected by the
   * bitset, so that comes first: V8 charges each return by how far into the function it is, and
   * compiles a function with TurboFan once it has been charged enough (a compile that competes for
   * the CPU with a fresh process's first page). A position outside the text gives NaN, which reads
   * as unit 0; the bounds are checked after the bitset.
   */
  startingAt(text: string, start: number): string {
    const index = this.prefixes ?? (this.prefixes = new Index(this.entries, false));
    const first = text.charCodeAt(start);
    if ((index.edges[first >> 3]! & (1 << (first & 7))) === 0) return "";
    return longestStartingAt(index, this.entries, text, start, first);
  }

  /** The longest entry ending at `end` in `text`, or "", as {@link startingAt} reads it. */
  endingAt(text: string, end: number): string {
    const index = this.suffixes ?? (this.suffixes = new Index(this.entries, true));
    const last = text.charCodeAt(end - 1);
    if ((index.edges[last >> 3]! & (1 << (last & 7))) === 0) return "";
    return longestEndingAt(index, this.entries, text, end, last);
  }
}
