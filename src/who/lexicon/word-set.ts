/**
 * A set of words that answers "which entry ends here" and "which entry starts here", longest first,
 * without slicing the text. Entries are bucketed by their first (and last) UTF-16 unit together with
 * the unit next to it: titles ending in 长 are 72, but few of them end in 局长. A bitset rejects the
 * many positions no entry starts or ends at before any map is read.
 */

/**
 * The entries by one edge unit and the unit next to it, packed into one small-integer map key (the
 * next unit's low 14 bits: a collision only costs a comparison, since candidates are compared in place).
 */
function pairKey(edge: number, next: number): number {
  return (edge << 14) | (next & 0x3fff);
}

/** The entries of a set by their first (or last) unit and the one after (or before) it. */
class Index {
  /** The edge units as a bitset (CharBits' layout), read in place by the lookups. */
  readonly edges = new Uint8Array(8192);
  /** One-unit entries, which lose to any longer match. */
  readonly singles = new Map<number, string>();
  /** Longer entries by pairKey, longest first. */
  readonly pairs = new Map<number, string[]>();

  /**
   * One pass over the entries, added longest first so that every list is in lookup order without
   * a sort (two entries of one length cannot both match at one position, so their order is free):
   * this runs cold, on a fresh process's first page, where each call made per entry counts.
   */
  constructor(words: readonly string[], fromEnd: boolean) {
    const byLength: string[][] = [];
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      (byLength[w.length] ??= []).push(w);
    }
    const edges = this.edges;
    for (let length = byLength.length - 1; length >= 1; length--) {
      const group = byLength[length];
      if (group === undefined) continue;
      for (let i = 0; i < group.length; i++) {
        const w = group[i]!;
        const edge = fromEnd ? w.charCodeAt(length - 1) : w.charCodeAt(0);
        edges[edge >> 3]! |= 1 << (edge & 7);
        if (length === 1) {
          this.singles.set(edge, w);
          continue;
        }
        const key = pairKey(edge, fromEnd ? w.charCodeAt(length - 2) : w.charCodeAt(1));
        const list = this.pairs.get(key);
        if (list) list.push(w);
        else this.pairs.set(key, [w]);
      }
    }
  }
}

/**
 * Words that answer "which entry starts here" and "which entry ends here", longest first. The
 * index of each direction is built on its first use (organization suffixes are only read
 * backwards), the set of entries only if asked for. The lookups read the index in place rather
 * than through helpers: on a fresh process they run interpreted, where each call costs.
 */
export class WordSet {
  private prefixes: Index | null = null;
  private suffixes: Index | null = null;
  private set: ReadonlySet<string> | null = null;

  constructor(private readonly entries: readonly string[]) {}

  get words(): ReadonlySet<string> {
    return (this.set ??= new Set(this.entries));
  }

  /** The longest entry starting at `start` in `text`, or "". */
  startingAt(text: string, start: number): string {
    if (!(start >= 0 && start < text.length)) return "";
    const index = (this.prefixes ??= new Index(this.entries, false));
    const first = text.charCodeAt(start);
    if ((index.edges[first >> 3]! & (1 << (first & 7))) === 0) return "";
    // NaN past the text reads as key 0: harmless.
    const list = index.pairs.get(pairKey(first, text.charCodeAt(start + 1)));
    if (list !== undefined) for (const w of list) if (text.startsWith(w, start)) return w;
    return index.singles.get(first) ?? "";
  }

  /** The longest entry ending at `end` in `text`, or "". */
  endingAt(text: string, end: number): string {
    if (!(end > 0 && end <= text.length)) return "";
    const index = (this.suffixes ??= new Index(this.entries, true));
    const last = text.charCodeAt(end - 1);
    if ((index.edges[last >> 3]! & (1 << (last & 7))) === 0) return "";
    const list = index.pairs.get(pairKey(last, text.charCodeAt(end - 2)));
    if (list !== undefined) for (const w of list) if (w.length <= end && text.startsWith(w, end - w.length)) return w;
    return index.singles.get(last) ?? "";
  }
}
