import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { foldTraditional } from "../../../src/text/fold-traditional.js";

const DATES = resolve(__dirname, "../../../src/stages/6-dates");

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : entry.name.endsWith(".ts") ? [join(dir, entry.name)] : [],
  );
}

/** The code of a file without its comments, which may quote Traditional input. */
function code(file: string): string {
  return readFileSync(file, "utf8")
    .replace(/\/\*[\s\S]*?\*\//gu, "")
    .replace(/(^|\s)\/\/.*$/gmu, "$1");
}

describe("the date stage's patterns and word lists", () => {
  // The stage reads the page folded by layout repair: a Traditional character (個, 週, 時) never
  // reaches a pattern, and one written there would only weigh on the browser bundle.
  it.each(sources(DATES).map((file) => [file.slice(DATES.length + 1), file]))("%s holds no character that the fold changes", (_, file) => {
    const text = code(file);
    const folded = foldTraditional(text);
    let changed = "";
    for (let i = 0; i < text.length; i++) if (folded[i] !== text[i]) changed += text[i];
    expect(changed).toBe("");
  });
});

describe("the date stage's dictionaries", () => {
  // The same for the words read from dictionaries/: a Traditional 春節 or 聯歡晚會 is never matched
  // (the page is folded first), and 45 such lines were dead weight in the bundle.
  const DICTIONARIES = resolve(__dirname, "../../../dictionaries");
  it.each(["holidays.txt", "holiday-name-words.txt", "time-words.txt", "time-attributive-nouns.txt"])("%s holds no word that the fold changes", (name) => {
    const words = readFileSync(join(DICTIONARIES, name), "utf8")
      .split("\n")
      .filter((line) => line !== "" && !line.startsWith("#"))
      .map((line) => line.split("\t")[0]!);
    expect(words.filter((word) => foldTraditional(word) !== word)).toEqual([]);
  });
});
