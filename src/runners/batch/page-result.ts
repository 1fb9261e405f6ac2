import { BaoxunError, type BaoxunErrorCode } from "../../errors.js";
import { extract } from "../../extract.js";
import type { EntityGraph } from "../../contracts/graph.js";
import type { ExtractOptions } from "../../contracts/options.js";

/** One page to extract: its id (a file path, or the `id` of a JSON Lines input line) and its text. */
export interface PageInput {
  readonly id: string;
  readonly text: string;
  /** The page's own date, `YYYY-MM-DD`; overrides the run's `referenceDate` for this page. */
  readonly referenceDate?: string;
}

/**
 * Why a page has no graph. The {@link BaoxunErrorCode}s come from {@link extract}; the others from
 * reading the input: `invalid-line` (a JSON Lines input line that is not a page), `read-error`
 * (a file that cannot be read), `not-utf8`, `duplicate-id` (an id seen earlier in the same run),
 * `internal-error` (a bug: please report it with the page).
 */
export type PageErrorCode = BaoxunErrorCode | "invalid-line" | "read-error" | "not-utf8" | "duplicate-id" | "internal-error";

/** The error half of a {@link PageResult}. */
export interface PageError {
  readonly code: PageErrorCode;
  readonly message: string;
}

/** A page's outcome: the graph, or the reason there is none. Exactly one per input page. */
export type PageResult =
  | { readonly id: string; readonly graph: EntityGraph }
  | { readonly id: string; readonly error: PageError };

/**
 * Narrows a {@link PageResult} to its error form.
 *
 * @example
 * ```ts
 * isPageError({ id: "a", error: { code: "read-error", message: "…" } }); // => true
 * ```
 */
export function isPageError(result: PageResult): result is { readonly id: string; readonly error: PageError } {
  return "error" in result;
}

/**
 * A {@link PageResult} in its error form.
 *
 * @example
 * ```ts
 * pageError("a.txt", "read-error", "cannot read a.txt: permission denied");
 * // => { id: "a.txt", error: { code: "read-error", message: "cannot read a.txt: permission denied" } }
 * ```
 */
export function pageError(id: string, code: PageErrorCode, message: string): PageResult {
  return { id, error: { code, message } };
}

/**
 * Extracts one page and never throws: a bad page becomes an error result, so that a run over an
 * archive keeps going and every page gets exactly one result.
 *
 * @example
 * ```ts
 * processPage({ id: "p1", text: "本报讯（记者付凯明）会议召开。" }).id; // => "p1"
 * processPage({ id: "p2", text: "x", referenceDate: "2021-02-30" });
 * // => { id: "p2", error: { code: "invalid-option", message: "referenceDate must be a calendar date …" } }
 * ```
 */
export function processPage(page: PageInput, options: ExtractOptions = {}): PageResult {
  try {
    const merged: ExtractOptions = page.referenceDate === undefined ? options : { ...options, referenceDate: page.referenceDate };
    return { id: page.id, graph: extract(page.text, merged) };
  } catch (error) {
    if (error instanceof BaoxunError) return pageError(page.id, error.code, error.message);
    const message = error instanceof Error ? error.message : String(error);
    return pageError(page.id, "internal-error", `unexpected failure: ${message}; please report it with the page`);
  }
}
