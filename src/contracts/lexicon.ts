/**
 * The dictionaries a caller adds (UserDictionaries) and the merged set the lexicon is compiled
 * from (ResolvedDictionaries). Types only: the code that checks and merges them is in src/lexicon.
 */
import type { CreditKind } from "./graph.js";

/**
 * Entries added to the built-in dictionaries. Each list adds to, never replaces, its built-in
 * list; every entry is a non-empty string without whitespace.
 *
 * @example
 * ```ts
 * extract(text, {
 *   dictionaries: {
 *     roleTitles: ["首席信息官"],
 *     surnames: ["禤"],
 *     organizations: ["清河新区文旅局"],
 *     organizationSuffixes: ["管委会"],
 *     creditMarkers: { 特约撰稿: "author" },
 *     notNames: ["高新"],
 *     persons: ["逄先知"],
 *   },
 * });
 * ```
 */
export interface UserDictionaries {
  /** Surnames, one or two characters: 禤, 欧阳. */
  readonly surnames?: readonly string[];
  /** Offices written with a name: 首席信息官, 网格长. */
  readonly roleTitles?: readonly string[];
  /** Whole organization names, found wherever they are written: 清河新区文旅局. */
  readonly organizations?: readonly string[];
  /** Words that end an organization name: 管委会, 合作社. */
  readonly organizationSuffixes?: readonly string[];
  /** Credit words and the kind of credit they give: { "特约撰稿": "author" }. */
  readonly creditMarkers?: Readonly<Record<string, CreditKind>>;
  /** Strings that look like a name but are words on your pages: 高新, 金山. */
  readonly notNames?: readonly string[];
  /**
   * Full names of people, found wherever they are written, before any name the model reads:
   * the officials of your county, the people your archive indexes (逄先知, 禤志强).
   */
  readonly persons?: readonly string[];
}

/** The built-in dictionaries with a caller's entries merged in, as the stages read them. */
export interface ResolvedDictionaries {
  readonly surnames: ReadonlySet<string>;
  readonly roleTitles: readonly string[];
  readonly organizations: readonly string[];
  readonly organizationSuffixes: readonly string[];
  readonly creditMarkers: ReadonlyMap<string, CreditKind>;
  readonly notNames: ReadonlySet<string>;
  readonly persons: readonly string[];
}
