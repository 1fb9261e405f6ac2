/**
 * The text a dictionary file is inlined as, for tsup (an esbuild plugin) and vitest (a Vite plugin)
 * alike, so that the tests read what the bundle holds. Every byte of the bundle is read, decoded
 * and scanned on import, and the dictionaries were 80 of its 208 KB: the `#` comment lines (source
 * and licence, for people) are left out, and the name model's zero counts are written as empty
 * fields (most of its 17,000 counts are 0; `Number("")` reads 0, as src/lexicon/char-stats.ts does).
 * The fold table is inlined in a compact form of its own (src/text/fold-table-format.ts).
 */
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { encodeFoldTable } from "../../src/text/fold-table-format.js";

export function dictionaryText(path: string): string {
  const lines = readFileSync(path, "utf8")
    .split(/\r?\n/u)
    .filter((line) => !line.startsWith("#"));
  if (basename(path) === "traditional-fold.txt") return encodeFoldTable(lines.join("\n"));
  const kept = basename(path) === "name-chars.txt" ? lines.map(emptyZeroCounts) : lines;
  return kept.join("\n");
}

/** 丁\t16\t4\t0\t0\t69\t0 → 丁\t16\t4\t\t\t69\t */
function emptyZeroCounts(line: string): string {
  return line
    .split("\t")
    .map((field, i) => (i > 0 && field === "0" ? "" : field))
    .join("\t");
}
