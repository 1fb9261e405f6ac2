/** The weights of the learned name model (dictionaries/name-model.txt), read by the people stage. */

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
export type NameWeights = ReadonlyMap<number, number>;

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
  const weights = new Map<number, number>();
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

