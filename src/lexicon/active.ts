/**
 * The dictionaries in force for one `extract` call: the built-ins, or the built-ins merged with the
 * caller's entries. `extract` runs synchronously, so a scoped binding is enough; the stages read
 * their lexicons through `activeDictionaries` / `perDictionaries` and never see the options.
 */
import { resolveDictionaries, type ResolvedDictionaries } from "./user-dictionaries.js";

let active: ResolvedDictionaries | null = null;

/** Runs `run` with `dictionaries` in force, restoring the previous ones afterwards. */
export function withDictionaries<T>(dictionaries: ResolvedDictionaries, run: () => T): T {
  const previous = active;
  active = dictionaries;
  try {
    return run();
  } finally {
    active = previous;
  }
}

/** The dictionaries in force: the caller's merged set inside `withDictionaries`, else the built-ins. */
export function activeDictionaries(): ResolvedDictionaries {
  return active ?? resolveDictionaries();
}

/**
 * A lexicon compiled from the dictionaries in force, once per dictionary set: the built-in one is
 * built on first use and kept; one per caller's set lives as long as that set.
 */
export function perDictionaries<T>(build: (dictionaries: ResolvedDictionaries) => T): () => T {
  const compiled = new WeakMap<ResolvedDictionaries, T>();
  return () => {
    const dictionaries = activeDictionaries();
    let value = compiled.get(dictionaries);
    if (value === undefined) {
      value = build(dictionaries);
      compiled.set(dictionaries, value);
    }
    return value;
  };
}
