/**
 * Where the parsers' anchor characters are in a text, found in one pass over it, and which
 * characters can start a parser's match: each parser is then tried only near its anchors and where
 * a match can start (see `Anchor` in parsers/parser.ts), instead of at every position.
 */

/** The positions of one set of anchor characters in the text last indexed, in text order. */
export interface AnchorPositions {
  positions: Int32Array;
  count: number;
}

export interface AnchorIndex {
  /** The positions of each of the `anchorSets` given to {@link buildAnchorIndex}, in its order. */
  readonly sets: readonly AnchorPositions[];
  /** Fills `sets` with the anchors of `text`; the previous text's are overwritten. */
  index(text: string): void;
  /** True when the character `code` is in the `startSet`-th of the `startSets`. */
  canStart(startSet: number, code: number): boolean;
}

/**
 * An index of the given sets of anchor characters, and a membership test of the sets of start
 * characters (at most 32). Sets that share a character are each filled.
 *
 * @example
 * ```ts
 * const anchors = buildAnchorIndex(["年", "年月"], ["0123456789"]);
 * anchors.index("2021年4月");
 * anchors.sets[1].count;                      // => 2
 * anchors.canStart(0, "4".charCodeAt(0));     // => true
 * ```
 */
export function buildAnchorIndex(anchorSets: readonly string[], startSets: readonly string[]): AnchorIndex {
  if (anchorSets.length > 32 || startSets.length > 32) throw new Error("too many character sets");
  // Each character's sets as bits, then each character maps to a group (0: none) of the characters
  // with the same bits: the anchor sets to fill, and the start sets as bits. Plain loops: this runs
  // on the first call, before the code is optimised.
  const anchorBits = new Map<number, number>();
  const startBits = new Map<number, number>();
  for (let set = 0; set < anchorSets.length; set++) {
    const chars = anchorSets[set]!;
    for (let i = 0; i < chars.length; i++) {
      const code = chars.charCodeAt(i);
      anchorBits.set(code, (anchorBits.get(code) ?? 0) | (1 << set));
    }
  }
  for (let set = 0; set < startSets.length; set++) {
    const chars = startSets[set]!;
    for (let i = 0; i < chars.length; i++) {
      const code = chars.charCodeAt(i);
      startBits.set(code, (startBits.get(code) ?? 0) | (1 << set));
    }
  }
  const groupOf = new Uint8Array(0x10000);
  const groupAnchors: number[][] = [[]];
  const groupStarts: number[] = [0];
  const groupKeys = new Map<string, number>();
  const assign = (code: number) => {
    const anchors = anchorBits.get(code) ?? 0;
    const starts = startBits.get(code) ?? 0;
    const key = `${anchors} ${starts}`;
    let group = groupKeys.get(key);
    if (group === undefined) {
      group = groupAnchors.length;
      if (group > 0xff) throw new Error("too many character groups");
      const list: number[] = [];
      for (let set = 0; set < anchorSets.length; set++) if ((anchors >>> set) & 1) list.push(set);
      groupAnchors.push(list);
      groupStarts.push(starts);
      groupKeys.set(key, group);
    }
    groupOf[code] = group;
  };
  for (const code of anchorBits.keys()) assign(code);
  for (const code of startBits.keys()) if (groupOf[code] === 0) assign(code);
  const sets: AnchorPositions[] = anchorSets.map(() => ({ positions: new Int32Array(64), count: 0 }));
  const push = (set: AnchorPositions, at: number) => {
    if (set.count === set.positions.length) {
      const grown = new Int32Array(set.positions.length * 2);
      grown.set(set.positions);
      set.positions = grown;
    }
    set.positions[set.count++] = at;
  };
  return {
    sets,
    index(text) {
      for (const set of sets) set.count = 0;
      for (let at = 0; at < text.length; at++) {
        const group = groupOf[text.charCodeAt(at)]!;
        if (group === 0) continue;
        for (const set of groupAnchors[group]!) push(sets[set]!, at);
      }
    },
    canStart(startSet, code) {
      return ((groupStarts[groupOf[code]!]! >>> startSet) & 1) === 1;
    },
  };
}
