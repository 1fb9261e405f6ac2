// Builds the statistical name lexicons of the "who" stage from the training split of the corpora
// (scripts/who/corpora.mjs, nameTrainingDocuments: pku-peoples-daily-1998 days 01–03, cluener2020
// train records and msra-ner sentences with index % 5 ≠ 0, resume-ner and weibo-ner dev), read in place.
// Writes character counts only (facts, no corpus text). Run: node scripts/who/build-dictionaries.mjs
// Prints candidate role titles for review; the role-title list itself is edited by hand.
import { readFileSync, writeFileSync } from "node:fs";
import { resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { isCluenerTraining, isPkuTrainingDay, nameTrainingDocuments, readCluener, readPku } from "./corpora.mjs";
import { countNameChars, nameCharLines } from "./name-counts.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const corpora = resolve(here, "../../../shared/corpora");
const out = resolve(here, "../../dictionaries");

const surnames = new Set(readFileSync(resolve(out, "surnames.txt"), "utf8").split("\n").filter((l) => l && !l.startsWith("#")));
// The character counts: every annotated person name of the training split (name-counts.mjs).
const { counts, compound } = countNameChars(nameTrainingDocuments(corpora), surnames);

// Titles written before a name, printed for the hand-kept role and occupation lists.
const roleBefore = new Map();
for (const article of readPku(corpora)) {
  if (!isPkuTrainingDay(article.day)) continue;
  for (const p of article.paragraphs) {
    for (const person of p.persons) {
      const before = p.tokens.findLast((t) => t.start + t.word.length === person.start);
      if (before && before.tag === "n") roleBefore.set(before.word, (roleBefore.get(before.word) ?? 0) + 1);
    }
  }
}
const cluenerRoles = new Map();
for (const r of readCluener(corpora)) {
  if (!isCluenerTraining(r.index)) continue;
  for (const n of r.names) {
    const position = r.positions.find((p) => p.end === n.start);
    if (position) {
      const word = r.text.slice(position.start, position.end);
      cluenerRoles.set(word, (cluenerRoles.get(word) ?? 0) + 1);
    }
  }
}

const rows = nameCharLines(counts);
writeFileSync(
  resolve(out, "name-chars.txt"),
  [
    "# generated, do not edit: node scripts/who/build-dictionaries.mjs",
    "# Character counts for the name model: char, as a one-character surname, in a given name, first after a",
    "# name, in a foreign (transliterated) name, in all text, last before a name. Source: the annotated person names of",
    "# pku-peoples-daily-1998 days 19980101–03, cluener2020 train records and msra-ner sentences with index % 5 ≠ 0, resume-ner dev",
    "# and weibo-ner dev, counted by scripts/who/build-dictionaries.mjs (scripts/who/name-counts.mjs). Counts are facts, no corpus text. Licence: CC0.",
    ...rows,
    "",
  ].join("\n"),
);
console.log(`name-chars.txt: ${rows.length} characters`);
const top = (m, min) => [...m].filter(([, c]) => c >= min).sort((a, b) => b[1] - a[1]).map(([w, c]) => `${w}:${c}`).join(" ");
console.log("\ncompound surnames:", top(compound, 1));
console.log("\nPKU nouns before a name:", top(roleBefore, 2));
console.log("\ncluener positions before a name:", top(cluenerRoles, 2));
