// Builds the statistical name lexicons of the "who" stage from the training split of the corpora
// (pku-peoples-daily-1998 days 01–03, cluener2020 train records with index % 5 ≠ 0), read in place.
// Writes character counts only (facts, no corpus text). Run: node scripts/who/build-dictionaries.mjs
// Prints candidate role titles for review; the role-title list itself is edited by hand.
import { readFileSync, writeFileSync } from "node:fs";
import { resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { isCluenerTraining, isPkuTrainingDay, readCluener, readPku } from "./corpora.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const corpora = resolve(here, "../../../shared/corpora");
const out = resolve(here, "../../dictionaries");
const HAN = /^[\u3400-\u9fff]$/u;

const counts = new Map(); // char → [surname, given, follow, foreign, total, before]
const bump = (ch, k) => {
  if (!HAN.test(ch)) return;
  let row = counts.get(ch);
  if (!row) counts.set(ch, (row = [0, 0, 0, 0, 0, 0]));
  row[k]++;
};
const roleBefore = new Map();
const compound = new Map();

for (const article of readPku(corpora)) {
  if (!isPkuTrainingDay(article.day)) continue;
  for (const p of article.paragraphs) {
    for (const ch of p.text) bump(ch, 4);
    for (const person of p.persons) {
      if (person.surname !== null) {
        if (person.surname.length === 1) bump(person.surname, 0);
        else compound.set(person.surname, (compound.get(person.surname) ?? 0) + 1);
        for (const ch of person.given) bump(ch, 1);
      } else {
        const word = p.text.slice(person.start, person.end);
        if (word.length >= 3) for (const ch of word) bump(ch, 3);
      }
      const after = p.text[person.end];
      if (after !== undefined) bump(after, 2);
      const prev = p.text[person.start - 1];
      if (prev !== undefined) bump(prev, 5);
      const before = p.tokens.findLast((t) => t.start + t.word.length === person.start);
      if (before && before.tag === "n") roleBefore.set(before.word, (roleBefore.get(before.word) ?? 0) + 1);
    }
  }
}

const surnames = new Set(readFileSync(resolve(out, "surnames.txt"), "utf8").split("\n").filter((l) => l && !l.startsWith("#")));
const cluenerRoles = new Map();
for (const r of readCluener(corpora)) {
  if (!isCluenerTraining(r.index)) continue;
  for (const ch of r.text) bump(ch, 4);
  for (const n of r.names) {
    const name = r.text.slice(n.start, n.end);
    // Chinese names only: a listed one-character surname and one or two given characters.
    if (name.length >= 2 && name.length <= 3 && surnames.has(name[0])) {
      bump(name[0], 0);
      for (const ch of name.slice(1)) bump(ch, 1);
      const after = r.text[n.end];
      if (after !== undefined) bump(after, 2);
      const prev = r.text[n.start - 1];
      if (prev !== undefined) bump(prev, 5);
    } else if (name.length >= 3 && [...name].every((ch) => HAN.test(ch))) for (const ch of name) bump(ch, 3);
    const position = r.positions.find((p) => p.end === n.start);
    if (position) {
      const word = r.text.slice(position.start, position.end);
      cluenerRoles.set(word, (cluenerRoles.get(word) ?? 0) + 1);
    }
  }
}

const rows = [...counts.entries()]
  .filter(([, [s, g, f, x, t, b]]) => s + g + f + x + b > 0 || t >= 3)
  .sort(([a], [b]) => (a < b ? -1 : 1))
  .map(([ch, row]) => [ch, ...row].join("\t"));
writeFileSync(
  resolve(out, "name-chars.txt"),
  [
    "# generated, do not edit: node scripts/who/build-dictionaries.mjs",
    "# Character counts for the name model: char, as a one-character surname, in a given name, first after a",
    "# name, in a foreign (transliterated) name, in all text, last before a name. Source: pku-peoples-daily-1998 days 19980101–03",
    "# (nr tokens) and cluener2020 train records with index % 5 ≠ 0 (name spans), counted by scripts/who/build-dictionaries.mjs. Counts are facts, no corpus text. Licence: CC0.",
    ...rows,
    "",
  ].join("\n"),
);
console.log(`name-chars.txt: ${rows.length} characters`);
const top = (m, min) => [...m].filter(([, c]) => c >= min).sort((a, b) => b[1] - a[1]).map(([w, c]) => `${w}:${c}`).join(" ");
console.log("\ncompound surnames:", top(compound, 1));
console.log("\nPKU nouns before a name:", top(roleBefore, 2));
console.log("\ncluener positions before a name:", top(cluenerRoles, 2));
