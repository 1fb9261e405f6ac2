/**
 * The text a dictionary file is inlined as, for tsup (an esbuild plugin) and vitest (a Vite plugin)
 * alike, so that the tests read what the bundle holds. Every byte of the bundle is read, decoded
 * and scanned on import, and the dictionaries were 80 of its 208 KB: the `#` comment lines (source
 * and licence, for people) are left out. The fold table, the name model's character counts and
 * weights and the lunar years are inlined in compact forms of their own
 * (src/text/fold-table-format.ts, src/lexicon/name-counts-format.ts,
 * src/lexicon/name-weights-format.ts, src/stages/6-dates/lunar-years-format.ts).
 */
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { encodeNameCounts } from "../../src/lexicon/name-counts-format.js";
import { encodeNameWeights } from "../../src/lexicon/name-weights-format.js";
import { encodeLunarYears } from "../../src/stages/6-dates/lunar-years-format.js";
import { encodeFoldTable } from "../../src/text/fold-table-format.js";

export function dictionaryText(path: string): string {
  const lines = readFileSync(path, "utf8")
    .split(/\r?\n/u)
    .filter((line) => !line.startsWith("#"));
  if (basename(path) === "traditional-fold.txt") return encodeFoldTable(lines.join("\n"));
  if (basename(path) === "name-chars.txt") return encodeNameCounts(lines.join("\n"));
  if (basename(path) === "name-model.txt") return encodeNameWeights(lines.join("\n"));
  if (basename(path) === "lunar-years.txt") return encodeLunarYears(lines.join("\n"));
  return lines.join("\n");
}
