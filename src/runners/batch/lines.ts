import type { EntityGraph } from "../../contracts/graph.js";
import { pageError, type PageErrorCode, type PageInput, type PageResult } from "./page-result.js";

/**
 * The one-line-per-page output format: `{"id":…,"graph":…}` or `{"id":…,"error":{"code":…,"message":…}}`,
 * followed by `"\n"`. JSON.stringify never writes a raw line break, so a line is always one line.
 *
 * @example
 * ```ts
 * formatResultLine({ id: "a.txt", error: { code: "not-utf8", message: "a.txt is not valid UTF-8" } });
 * // => '{"id":"a.txt","error":{"code":"not-utf8","message":"a.txt is not valid UTF-8"}}\n'
 * ```
 */
export function formatResultLine(result: PageResult): string {
  // Written field by field so that "id" always comes first, whatever object the caller built.
  return "error" in result
    ? `${JSON.stringify({ id: result.id, error: { code: result.error.code, message: result.error.message } })}\n`
    : `${JSON.stringify({ id: result.id, graph: result.graph })}\n`;
}

/**
 * Reads one output line back; `null` for a line that is not a complete result (a line cut short
 * by an interrupted run, or anything else). Used to resume a run, and by readers of results files.
 *
 * @example
 * ```ts
 * parseResultLine('{"id":"a.txt","error":{"code":"not-utf8","message":"…"}}')?.id; // => "a.txt"
 * parseResultLine('{"id":"a.txt","gra'); // => null
 * ```
 */
export function parseResultLine(line: string): PageResult | null {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return null;
  }
  if (!isObject(value) || typeof value.id !== "string") return null;
  if (isObject(value.graph)) return { id: value.id, graph: value.graph as unknown as EntityGraph };
  const error = value.error;
  if (isObject(error) && typeof error.code === "string" && typeof error.message === "string") {
    return pageError(value.id, error.code as PageErrorCode, error.message);
  }
  return null;
}

/**
 * Reads one line of JSON Lines input, `{"id": "…", "text": "…", "referenceDate"?: "YYYY-MM-DD"}`.
 * A line that is not such a page becomes an `invalid-line` error result under `fallbackId`
 * (e.g. `pages.jsonl:7`), so that it still gets its one output line. A numeric id is read as
 * its decimal string.
 *
 * @example
 * ```ts
 * parsePageLine('{"id":"2021-04-13/1","text":"本报讯……"}', "in.jsonl:1"); // => { id: "2021-04-13/1", text: "本报讯……" }
 * parsePageLine('{"text":"本报讯……"}', "in.jsonl:2");
 * // => { id: "in.jsonl:2", error: { code: "invalid-line", message: 'line has no "id" (a string)' } }
 * ```
 */
export function parsePageLine(line: string, fallbackId: string): PageInput | PageResult {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return pageError(fallbackId, "invalid-line", `not JSON: ${(error as Error).message}`);
  }
  if (!isObject(value)) return pageError(fallbackId, "invalid-line", "line is not a JSON object");
  const rawId = value.id;
  const id = typeof rawId === "string" && rawId !== "" ? rawId : typeof rawId === "number" && Number.isFinite(rawId) ? String(rawId) : null;
  if (id === null) return pageError(fallbackId, "invalid-line", 'line has no "id" (a string)');
  if (typeof value.text !== "string") return pageError(id, "invalid-line", 'line has no "text" (a string)');
  const referenceDate = value.referenceDate;
  if (referenceDate === undefined || referenceDate === null) return { id, text: value.text };
  if (typeof referenceDate !== "string") return pageError(id, "invalid-line", '"referenceDate" must be a string YYYY-MM-DD');
  return { id, text: value.text, referenceDate };
}

/**
 * Whether a parsed input line is a page (rather than an error result).
 *
 * @example
 * ```ts
 * isPageInput(parsePageLine('{"id":"a","text":"正文"}', "in:1")); // => true
 * ```
 */
export function isPageInput(value: PageInput | PageResult): value is PageInput {
  return "text" in value;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
