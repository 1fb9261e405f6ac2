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
  /**
   * What a page reader (baoxun/pdf) knows of the printed lines of `text`: their type size and
   * weight, for the article and headline stages to prefer over the text-only cues. Optional;
   * plain text goes through the same stages without it.
   */
  readonly layout?: PageLayout;
}

/** The keys of {@link StageOptions}: a stage function refuses any other (option-keys.ts). */
export const STAGE_OPTION_KEYS: Readonly<Record<keyof StageOptions, true>> = { dictionaries: true, layout: true };

/** Layout hints for {@link ExtractOptions.layout}. */
export interface PageLayout {
  /** One hint per printed line, in text order, lines not overlapping. */
  readonly lines: readonly LineHint[];
}

/**
 * One printed line of the text: its offsets in the caller's text (end exclusive), its type size
 * relative to the page's body size (1 = body, 2.4 = a headline set 2.4 times as large), whether
 * it is set bold, and its layout block (lines of one block were set together; a new block id is
 * a break the layout shows).
 */
export interface LineHint {
  readonly start: number;
  readonly end: number;
  readonly size: number;
  readonly bold: boolean;
  readonly block: number;
  /**
   * How the line's block goes on from the block before it, where a page reader can tell: down
   * the same column ("column"), at the top of the next column of the same run ("next-column"),
   * or elsewhere ("new": the next story of a row, the first of the next row).
   */
  readonly flow?: "column" | "next-column" | "new";
  /** How far the line starts right of its block's left edge, in ems of the body (2: a paragraph's indented first line). */
  readonly indent?: number;
}

/** Options of {@link extract}. */
export interface ExtractOptions extends StageOptions {
  /**
   * The page's own date (`YYYY-MM-DD`), used to resolve 今年, 近日, 4月7日 … When absent, it is
   * inferred from the page and `referenceDateSource` says so; the wall clock is never used. With
   * a time of day (`YYYY-MM-DDTHH:MM`, a web article's stamp), 3小时前 and 半小时后 resolve too.
   */
  readonly referenceDate?: string;
}
