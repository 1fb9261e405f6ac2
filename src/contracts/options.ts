/** The options of {@link extract}, the one public contract a caller writes. */
import type { UserDictionaries } from "./lexicon.js";

/** Options of {@link extract}. */
export interface ExtractOptions {
  /**
   * The page's own date (`YYYY-MM-DD`), used to resolve 今年, 近日, 4月7日 … When absent, it is
   * inferred from the page and `referenceDateSource` says so; the wall clock is never used.
   */
  readonly referenceDate?: string;
  /**
   * Entries added to the built-in dictionaries (surnames, role titles, organizations, credit
   * markers …), for a paper's own offices and places; see {@link UserDictionaries}.
   */
  readonly dictionaries?: UserDictionaries;
}
