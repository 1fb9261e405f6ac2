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
 *     photoSources: ["融媒供图"],
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
  /**
   * Credit words and the kind of credit they give: { "特约撰稿": "author" }, written before the
   * names, in an opening bracket, a byline, inline or as a photo credit's role. For a word written
   * elsewhere, give where: { "编发": { kind: "compiler", places: ["after", "column-end"] } }.
   */
  readonly creditMarkers?: Readonly<Record<string, CreditKind | UserCreditMarker>>;
  /** Words that end a news outlet's name, in openers and before credits: 融媒体中心, 新闻周刊. */
  readonly outletSuffixes?: readonly string[];
  /** Forms of address written after a full name: 老师, 师傅. */
  readonly honorifics?: readonly string[];
  /** Strings that look like a name but are words on your pages: 高新, 金山. */
  readonly notNames?: readonly string[];
  /**
   * Full names of people, found wherever they are written, before any name the model reads:
   * the officials of your county, the people your archive indexes (逄先知, 禤志强).
   */
  readonly persons?: readonly string[];
  /**
   * How a bracket after a photo credit ends when it names where the picture comes from, not who
   * took it: 本报资料图片, 新华社发; add your paper's own (融媒供图, 县融媒体中心) so that
   * 周明远摄（县融媒体中心） credits 周明远. At most twelve characters in the bracket.
   */
  readonly photoSources?: readonly string[];
}

/**
 * Where a credit word stands (see dictionaries/credit-markers.txt): before the names (记者 张三),
 * after them (张三 摄), opening a byline inside running text (本报讯记者…), ending a photo credit
 * line (…摄), ending a column's bracketed credit (…整理）), opening a closing line (责任编辑：…).
 */
export type CreditMarkerPlace = "before" | "after" | "inline" | "photo-end" | "column-end" | "editor";

/** A caller's credit word with where it stands. */
export interface UserCreditMarker {
  readonly kind: CreditKind;
  readonly places: readonly CreditMarkerPlace[];
}

/** The built-in dictionaries with a caller's entries merged in, as the stages read them. */
export interface ResolvedDictionaries {
  readonly surnames: ReadonlySet<string>;
  readonly roleTitles: readonly string[];
  readonly organizations: readonly string[];
  readonly organizationSuffixes: readonly string[];
  readonly creditMarkers: ReadonlyMap<string, CreditKind>;
  /** Where each credit marker stands. */
  readonly creditMarkerPlaces: ReadonlyMap<string, readonly CreditMarkerPlace[]>;
  readonly notNames: ReadonlySet<string>;
  readonly persons: readonly string[];
  readonly outletSuffixes: readonly string[];
  readonly honorifics: readonly string[];
  readonly photoSources: readonly string[];
}
