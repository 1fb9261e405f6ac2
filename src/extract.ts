import { BaoxunError } from "./errors.js";
import { checkOptionKeys } from "./option-keys.js";
import { buildGraph } from "./stages/7-graph/index.js";
import { resolveDictionaries } from "./lexicon/user-dictionaries.js";
import { detectArticles } from "./stages/2-articles/index.js";
import { repairLayout } from "./stages/1-repair-layout/index.js";
import type { EntityGraph } from "./contracts/graph.js";
import type { ExtractOptions, StageOptions } from "./contracts/options.js";
import { extractWhen } from "./stages/6-dates/index.js";
import { checkReferenceDate } from "./stages/6-dates/reference-date.js";
import { extractWho } from "./stages/5-people/index.js";

/** The longest input accepted in one call, in UTF-16 code units (see README, "Limits"). */
export const MAX_INPUT_LENGTH = 64 * 1024 * 1024;

/**
 * Turns the text of a newspaper page (PDF extraction, OCR, or a clean web article) into an
 * entity graph: articles with their headlines, credits, persons, organizations, roles and dates,
 * every entity with its span in `text`.
 *
 * @throws {BaoxunError} `invalid-input` when `text` is not a string, `input-too-large` past
 *   {@link MAX_INPUT_LENGTH}, `invalid-option` for a malformed `referenceDate` or an option
 *   it does not know (a misspelt `refernceDate` is an error, not silently ignored).
 * @example
 * ```ts
 * const graph = extract("本报讯（记者付凯明）4月7日上午，示范区召开会议。", { referenceDate: "2021-04-13" });
 * graph.credits[0].kind; // => "reporter"
 * graph.dates[0].value;  // => "2021-04-07"
 * ```
 */
export function extract(text: string, options: ExtractOptions = {}): EntityGraph {
  checkInput(text, options);
  // Checks the caller's entries (invalid-option) before any work, and merges them into the
  // built-ins once per object: each stage given `options` finds the merged set memoised.
  resolveDictionaries(options.dictionaries);
  // Each stage is given only its own options: a stage refuses a key it does not know.
  const stage = stageOptions(options);
  const page = detectArticles(repairLayout(text), stage);
  const when = extractWhen(page, options.referenceDate === undefined ? {} : { referenceDate: options.referenceDate });
  const who = extractWho(page, stage);
  return buildGraph(page, who, when);
}

/** The options the article and person stages take, out of extract()'s. */
function stageOptions({ dictionaries, layout }: ExtractOptions): StageOptions {
  return { ...(dictionaries === undefined ? {} : { dictionaries }), ...(layout === undefined ? {} : { layout }) };
}

function checkInput(text: unknown, options: unknown): asserts text is string {
  if (typeof text !== "string") {
    const what = text === null ? "null" : typeof (globalThis as { Buffer?: { isBuffer(v: unknown): boolean } }).Buffer?.isBuffer === "function" && (globalThis as unknown as { Buffer: { isBuffer(v: unknown): boolean } }).Buffer.isBuffer(text) ? "a Buffer" : typeof text;
    throw new BaoxunError("invalid-input", `extract() takes a string, got ${what}; decode bytes as UTF-8 first`);
  }
  if (text.length > MAX_INPUT_LENGTH) {
    throw new BaoxunError(
      "input-too-large",
      `input is ${text.length} characters, over the limit of ${MAX_INPUT_LENGTH}; split it into pages and extract each`,
    );
  }
  if (options !== undefined && (typeof options !== "object" || options === null)) {
    throw new BaoxunError("invalid-option", "options must be an object");
  }
  checkOptionKeys("extract()", options ?? {}, OPTION_KEYS);
  checkReferenceDate((options as ExtractOptions | undefined)?.referenceDate);
  checkLayout((options as ExtractOptions | undefined)?.layout, text.length);
}

/** Layout hints come from a reader, but may be hand-made: lines in order, inside the text. */
function checkLayout(layout: unknown, length: number): void {
  if (layout === undefined) return;
  const lines = (layout as { lines?: unknown } | null)?.lines;
  if (!Array.isArray(lines)) throw new BaoxunError("invalid-option", "layout must be { lines: LineHint[] }");
  let previousEnd = 0;
  for (const [i, line] of lines.entries()) {
    const { start, end, size, bold, block, flow, indent } = (line ?? {}) as Record<string, unknown>;
    const ok =
      Number.isInteger(start) && Number.isInteger(end) && (start as number) >= previousEnd && (end as number) >= (start as number) && (end as number) <= length &&
      typeof size === "number" && Number.isFinite(size) && size > 0 && typeof bold === "boolean" && Number.isInteger(block) &&
      (flow === undefined || flow === "column" || flow === "next-column" || flow === "new") &&
      (indent === undefined || (typeof indent === "number" && Number.isFinite(indent)));
    if (!ok) throw new BaoxunError("invalid-option", `layout.lines[${i}] must be { start, end, size, bold, block, flow?, indent? } with lines in text order inside the text`);
    previousEnd = end as number;
  }
}

/**
 * Every key of {@link ExtractOptions}. A `Record` over its keys, so that the compiler refuses an
 * option added to the type but not here (it would be rejected as unknown).
 */
const OPTION_KEYS: Readonly<Record<keyof ExtractOptions, true>> = { referenceDate: true, dictionaries: true, layout: true };
