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
 * An index of the given sets of anchor characters (any number), and a membership test of the sets
 * of start characters (at most 32: a character's start sets are the bits of one number). Sets that
 * share a character are each filled.
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
  if (startSets.length > 32) throw new Error("too many start character sets");
  // Each character maps to a group (1: none) of the characters in the same anchor and start sets:
  // the anchor sets to fill, and the start sets as bits. Looked up for a character in some set when
  // a text first holds it (groupOf 0: not yet), so a first call costs a few lookups per distinct
  // such character, not a pass over every set in code not yet optimised.
  const allAnchors = anchorSets.join("");
  const allStarts = startSets.join("");
  // Every other character is in no set from the start: most of a page's characters then cost the
  // index no lookup, no string and no key on its first call.
  const groupOf = new Uint8Array(0x10000).fill(1);
  unassign(groupOf, allAnchors);
  unassign(groupOf, allStarts);
  const groupAnchors: number[][] = [[], []];
  const groupStarts: number[] = [0, 0];
  const groupKeys = new Map<string, number>([[" 0", 1]]);
  const assign = (code: number): number => {
    const ch = String.fromCharCode(code);
    // The anchor sets as a list, not bits: a parser with an anchor of its own costs no other parser.
    const list: number[] = [];
    let starts = 0;
    if (allAnchors.includes(ch)) for (let set = 0; set < anchorSets.length; set++) if (anchorSets[set]!.includes(ch)) list.push(set);
    if (allStarts.includes(ch)) for (let set = 0; set < startSets.length; set++) if (startSets[set]!.includes(ch)) starts |= 1 << set;
    const key = `${list.join(",")} ${starts}`;
    let group = groupKeys.get(key);
    if (group === undefined) {
      group = groupAnchors.length;
      if (group > 0xff) throw new Error("too many character groups");
      groupAnchors.push(list);
      groupStarts.push(starts);
      groupKeys.set(key, group);
    }
    groupOf[code] = group;
    return group;
  };
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
      // Index loops, not for…of: this runs interpreted on a fresh process's first page, where each
      // iterator step allocates its result.
      for (let set = 0; set < sets.length; set++) sets[set]!.count = 0;
      for (let at = 0; at < text.length; at++) {
        const code = text.charCodeAt(at);
        let group = groupOf[code]!;
        if (group === 0) group = assign(code);
        if (group === 1) continue;
        const inGroup = groupAnchors[group]!;
        for (let i = 0; i < inGroup.length; i++) push(sets[inGroup[i]!]!, at);
      }
    },
    canStart(startSet, code) {
      let group = groupOf[code]!;
      if (group === 0) group = assign(code);
      return ((groupStarts[group]! >>> startSet) & 1) === 1;
    },
  };
}

/** Marks the characters of `chars` as not yet looked up (group 0). */
function unassign(groupOf: Uint8Array, chars: string): void {
  for (let i = 0; i < chars.length; i++) groupOf[chars.charCodeAt(i)] = 0;
}
