/** The options of {@link extract}, the one public contract a caller writes. */
import type { UserDictionaries } from "./lexicon.js";

/**
 * What every stage function takes besides its input: the caller's dictionaries, as {@link extract}
 * takes them. A stage given none reads the built-in dictionaries.
 */
export interface StageOptions {
  /**
   * Entries added to the built-in dictionaries (surnames, role titles, organizations, credit
   * markers …), for a paper's own offices and places; see {@link UserDictionaries}.
   */
  readonly dictionaries?: UserDictionaries;
}

/** Options of {@link extract}. */
export interface ExtractOptions extends StageOptions {
  /**
   * The page's own date (`YYYY-MM-DD`), used to resolve 今年, 近日, 4月7日 … When absent, it is
   * inferred from the page and `referenceDateSource` says so; the wall clock is never used.
   */
  readonly referenceDate?: string;
}
