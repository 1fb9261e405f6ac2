/**
 * Where the parsers' anchor characters are in a text, found in one pass over it: each parser is
 * then tried only near its anchors (see `Anchor` in parsers/parser.ts), instead of every
 * parser's pattern being tried at every position.
 */

/** The positions of one set of anchor characters in the text last indexed, in text order. */
export interface AnchorPositions {
  positions: Int32Array;
  count: number;
}

export interface AnchorIndex {
  /** The set of each of the `charSets` given to {@link buildAnchorIndex}, by its position there. */
  readonly sets: readonly AnchorPositions[];
  /** Fills `sets` with the anchors of `text`; the previous text's are overwritten. */
  index(text: string): void;
}

/**
 * An index of the given sets of characters. Sets that share a character are each filled.
 *
 * @example
 * ```ts
 * const anchors = buildAnchorIndex(["年", "年月"]);
 * anchors.index("2021年4月");
 * anchors.sets[1].count; // => 2
 * ```
 */
export function buildAnchorIndex(charSets: readonly string[]): AnchorIndex {
  // Each character maps to a group: the list of sets it belongs to (group 0: none).
  const groupOf = new Uint8Array(0x10000);
  const groups: number[][] = [[]];
  const groupKeys = new Map<string, number>();
  const setsOfChar = new Map<number, number[]>();
  charSets.forEach((chars, set) => {
    for (let i = 0; i < chars.length; i++) {
      const code = chars.charCodeAt(i);
      const list = setsOfChar.get(code) ?? [];
      if (!list.includes(set)) list.push(set);
      setsOfChar.set(code, list);
    }
  });
  for (const [code, list] of setsOfChar) {
    const key = list.join(",");
    let group = groupKeys.get(key);
    if (group === undefined) {
      group = groups.length;
      if (group > 0xff) throw new Error("too many anchor groups");
      groups.push(list);
      groupKeys.set(key, group);
    }
    groupOf[code] = group;
  }
  const sets: AnchorPositions[] = charSets.map(() => ({ positions: new Int32Array(64), count: 0 }));
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
        for (const set of groups[group]!) push(sets[set]!, at);
      }
    },
  };
}
