/**
 * The Traditional → Simplified character fold: layout repair reads every page through it, so that
 * one lexicon and one set of rules serve Simplified, Traditional and mixed pages (臺北市長 is read as
 * 台北市长). It maps one UTF-16 code unit to one, so a folded text has the page's length and every
 * offset stays exact; the strings of the graph are read back from the page as it was written
 * (src/stages/7-graph/as-written.ts).
 */
import foldCompact from "../../dictionaries/traditional-fold.txt";
import { lazy } from "../lexicon/parse-list.js";
import { decodeFoldSources, decodeFoldTable } from "./fold-table-format.js";

/**
 * The fold as a table indexed by code unit, 0 where a character stays as it is. Built on first
 * use from dictionaries/traditional-fold.txt (each line two characters: 臺台), which the build
 * inlines in a compact form (./fold-table-format.ts).
 */
const foldTable = lazy(() => decodeFoldTable(foldCompact));
/**
 * Which code units fold, 1 or 0: the first half of the compact form, cheaper to read than the whole
 * table, and all that a Simplified page needs.
 */
const foldSources = lazy(() => decodeFoldSources(foldCompact));

/** Index of the first code unit of `text` that folds, or -1: a Simplified page has none. */
export function firstFoldable(text: string, table: Uint8Array | Uint16Array = foldSources()): number {
  for (let i = 0; i < text.length; i++) if (table[text.charCodeAt(i)] !== 0) return i;
  return -1;
}

/** Whether a code unit of `text[start, end)` folds. */
export function spanFolds(text: string, start: number, end: number, table: Uint8Array | Uint16Array = foldSources()): boolean {
  for (let i = Math.max(0, start), stop = Math.min(end, text.length); i < stop; i++) if (table[text.charCodeAt(i)] !== 0) return true;
  return false;
}

/**
 * Folds Traditional characters and their Taiwan and Hong Kong variants to Simplified, one code
 * unit for one (臺/台 → 台, 裡/裏 → 里, 綫/線 → 线, 後 → 后, 髮/發 → 发, 於 → 于); every other
 * character, Simplified ones included, stays. Returns `text` itself when nothing folds.
 *
 * @example
 * ```ts
 * foldTraditional("臺北市長蔣萬安"); // => "台北市长蒋万安"
 * foldTraditional("台北市长").length === "台北市长".length; // => true
 * ```
 */
export function foldTraditional(text: string): string {
  const first = firstFoldable(text);
  if (first < 0) return text;
  const table = foldTable();
  const parts: string[] = [text.slice(0, first)];
  let runStart = first;
  for (let i = first; i < text.length; i++) {
    const to = table[text.charCodeAt(i)]!;
    if (to === 0) continue;
    if (i > runStart) parts.push(text.slice(runStart, i));
    parts.push(String.fromCharCode(to));
    runStart = i + 1;
  }
  parts.push(text.slice(runStart));
  return parts.join("");
}
