/**
 * Matchers compiled from one dictionary set, once per set. The set is an argument: every stage is
 * given its dictionaries by its caller (extract, or a caller running a stage alone), never reads
 * them from a variable that a call sets.
 */
import type { ResolvedDictionaries } from "../contracts/lexicon.js";

/**
 * `build`, memoised per dictionary set: the built-in set's matchers are built on first use and
 * kept; a caller's set's live as long as that set (a WeakMap, a cache rather than state).
 *
 * @example
 * ```ts
 * const titleSet = compiledPer((d) => new Set(d.roleTitles));
 * titleSet(resolveDictionaries()).has("局长"); // => true
 * ```
 */
export function compiledPer<T>(build: (dictionaries: ResolvedDictionaries) => T): (dictionaries: ResolvedDictionaries) => T {
  const compiled = new WeakMap<ResolvedDictionaries, T>();
  return (dictionaries) => {
    let value = compiled.get(dictionaries);
    if (value === undefined) {
      value = build(dictionaries);
      compiled.set(dictionaries, value);
    }
    return value;
  };
}
