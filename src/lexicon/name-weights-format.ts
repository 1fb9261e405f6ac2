/**
 * The compact form in which the build inlines the name model's weights
 * (dictionaries/name-model.txt; scripts/build/dictionary-text.ts), read by ./name-weights.ts. Lines:
 *
 * 1. every weight, one character each, in the order of the keys below (zigzag: 0, -1, 1, -2 … as
 *    0, 1, 2, 3 …, written as the character `CODE_BASE` above it);
 * 2. and on: one line per feature template, its prefix (the template letter, and `~` for a
 *    transliterated name's feature) then each key of that template without the prefix, a TAB
 *    before each.
 *
 * The keys of one template share their prefix and look alike (`R说|31`, `R、|31`), the weights
 * are small numbers: gzip reads the two apart better than `key TAB weight` lines (6.8 KiB of the
 * browser bundle that way, 5.2 KiB this way).
 */

/** A number n is written as the character CODE_BASE + n: '0' and above, past every layout character. */
const CODE_BASE = 0x30;
/** Weights in zigzag form stay below the surrogates: one character each. */
const LIMIT = 0xd7ff - CODE_BASE;

/** The keys and their weights, in the order of the lines they were encoded from. */
export interface NameWeightList {
  readonly keys: readonly string[];
  readonly weights: readonly number[];
}

/** A key's template prefix: its letter, and the `~` that marks a transliterated name's feature. */
function prefixOf(key: string): string {
  return key.charCodeAt(1) === 0x7e ? key.slice(0, 2) : key.slice(0, 1);
}

/**
 * The compact form of `feature TAB weight` lines (lines that start with `#` or hold no TAB are
 * skipped, as the parser of the lines skips them). Throws on a weight that is not an integer
 * within ±27,623 (one character below the surrogates). Keys keep their order within a template: where a key is listed
 * twice, its last line still counts.
 *
 * @example
 * ```ts
 * encodeNameWeights("B21\t-16\nR说|31\t4\nB32\t25");
 * // => "Ob8\nB\t21\t32\nR\t说|31"
 * ```
 */
export function encodeNameWeights(lines: string): string {
  const groups = new Map<string, { keys: string[]; weights: number[] }>();
  for (const line of lines.split(/\r?\n/u)) {
    const tab = line.indexOf("\t");
    if (line.startsWith("#") || tab <= 0) continue;
    const key = line.slice(0, tab);
    const weight = Number(line.slice(tab + 1));
    const zigzag = weight >= 0 ? 2 * weight : -2 * weight - 1;
    if (!Number.isInteger(weight) || zigzag >= LIMIT) throw new Error(`name weights: ${line} holds no integer weight the compact form can write`);
    const prefix = prefixOf(key);
    const group = groups.get(prefix) ?? { keys: [], weights: [] };
    group.keys.push(key.slice(prefix.length));
    group.weights.push(zigzag);
    groups.set(prefix, group);
  }
  let weights = "";
  const keyLines: string[] = [];
  for (const [prefix, group] of groups) {
    for (const zigzag of group.weights) weights += String.fromCharCode(CODE_BASE + zigzag);
    keyLines.push(`${prefix}\t${group.keys.join("\t")}`);
  }
  return [weights, ...keyLines].join("\n");
}

/**
 * Gives `visit` each key of the compact form, as its template prefix and the rest, with its
 * weight, in order. indexOf rather than split and a spread per line, and no key string built:
 * this runs on a fresh process's first page.
 */
export function visitNameWeights(compact: string, visit: (prefix: string, rest: string, weight: number) => void): void {
  let line = compact.indexOf("\n");
  let count = 0;
  while (line >= 0) {
    const end = compact.indexOf("\n", line + 1);
    const stop = end < 0 ? compact.length : end;
    let tab = compact.indexOf("\t", line + 1);
    const prefix = compact.slice(line + 1, tab < 0 || tab > stop ? stop : tab);
    while (tab >= 0 && tab < stop) {
      let next = compact.indexOf("\t", tab + 1);
      if (next < 0 || next > stop) next = stop;
      const zigzag = compact.charCodeAt(count++) - CODE_BASE;
      visit(prefix, compact.slice(tab + 1, next), (zigzag & 1) === 0 ? zigzag / 2 : -(zigzag + 1) / 2);
      tab = next;
    }
    line = end;
  }
}

/** The keys and weights of the compact form. */
export function decodeNameWeights(compact: string): NameWeightList {
  const keys: string[] = [];
  const weights: number[] = [];
  visitNameWeights(compact, (prefix, rest, weight) => {
    keys.push(prefix + rest);
    weights.push(weight);
  });
  return { keys, weights };
}
