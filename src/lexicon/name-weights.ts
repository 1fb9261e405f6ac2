/** The weights of the learned name model (dictionaries/name-model.txt), read by the people stage. */
import { visitNameWeights } from "./name-weights-format.js";

export const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** One UTF-16 unit into an FNV-1a hash. */
export function mix(hash: number, unit: number): number {
  return Math.imul(hash ^ unit, FNV_PRIME) >>> 0;
}

/** The hash of a feature key: what the name model's scorer computes unit by unit, without the string. */
export function featureHash(key: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < key.length; i++) hash = mix(hash, key.charCodeAt(i));
  return hash;
}

/** The weights of a trained model, by the hash of the feature key (featureHash): scoring builds no strings. */
export interface NameWeights {
  /** The weight of the feature whose key hashes to `hash`, or undefined when the model has none. */
  get(hash: number): number | undefined;
  readonly size: number;
}

/**
 * The weights in an open-addressing table of typed arrays: a candidate sums about twenty
 * features, most of them absent from the model, and a Map lookup per feature was the largest
 * part of the model's cost.
 */
class WeightTable implements NameWeights {
  private readonly keys: Uint32Array;
  private readonly values: Int32Array;
  private readonly used: Uint8Array;
  private readonly mask: number;
  size = 0;

  constructor(capacity: number) {
    let slots = 16;
    while (slots < capacity * 2) slots *= 2;
    this.keys = new Uint32Array(slots);
    this.values = new Int32Array(slots);
    this.used = new Uint8Array(slots);
    this.mask = slots - 1;
  }

  set(hash: number, weight: number): void {
    let at = hash & this.mask;
    while (this.used[at] === 1 && this.keys[at] !== hash) at = (at + 1) & this.mask;
    if (this.used[at] === 0) this.size++;
    this.used[at] = 1;
    this.keys[at] = hash;
    this.values[at] = weight;
  }

  get(hash: number): number | undefined {
    for (let at = hash & this.mask; this.used[at] === 1; at = (at + 1) & this.mask) if (this.keys[at] === hash) return this.values[at];
    return undefined;
  }
}

/**
 * Parses dictionaries/name-model.txt (`feature TAB weight` lines; `#` comments are stripped by the
 * build): weights are integers, the score's scale is theirs, and a candidate is a name above 0.
 *
 * @example
 * ```ts
 * parseNameWeights("B31\t-12\nR说|31\t40").get(featureHash("R说|31")); // => 40
 * ```
 */
export function parseNameWeights(raw: string): NameWeights {
  // One line per weight: the count of newlines bounds the table.
  let lines = 1;
  for (let i = raw.indexOf("\n"); i >= 0; i = raw.indexOf("\n", i + 1)) lines++;
  const weights = new WeightTable(lines);
  let at = 0;
  while (at < raw.length) {
    let end = raw.indexOf("\n", at);
    if (end < 0) end = raw.length;
    const tab = raw.indexOf("\t", at);
    if (raw.charCodeAt(at) !== 35 && tab > at && tab < end) weights.set(featureHash(raw.slice(at, tab)), Number(raw.slice(tab + 1, end)));
    at = end + 1;
  }
  return weights;
}


/**
 * The weights from the compact form the build inlines dictionaries/name-model.txt in
 * (./name-weights-format.ts): the same table {@link parseNameWeights} makes of the lines.
 *
 * @example
 * ```ts
 * readNameWeights("Ob8\nB\t21\t32\nR\t说|31").get(featureHash("R说|31")); // => 4
 * ```
 */
export function readNameWeights(compact: string): NameWeights {
  // One weight a character of the first line: its length bounds the table.
  const firstLine = compact.indexOf("\n");
  const weights = new WeightTable(firstLine < 0 ? 0 : firstLine);
  visitNameWeights(compact, (prefix, rest, weight) => {
    let hash = FNV_OFFSET;
    for (let i = 0; i < prefix.length; i++) hash = mix(hash, prefix.charCodeAt(i));
    for (let i = 0; i < rest.length; i++) hash = mix(hash, rest.charCodeAt(i));
    weights.set(hash, weight);
  });
  return weights;
}
