// Character counts of the name model (dictionaries/name-chars.txt) from annotated documents
// { text, persons: [{start,end}] }: shared by the dictionary builder, which counts the whole training
// split, and the name-model trainer, which counts all folds but one (scripts/who/train-name-model.mjs).
// Counts are facts, no corpus text.

const HAN = /^[\u3400-\u9fff]$/u;
const DOT = /[·•．.]/u;

/**
 * Per character: [as a one-character surname, in a given name, first after a name, in a foreign
 * (transliterated) name, in all text, last before a name]. A name is Chinese when it starts with a
 * listed surname (a compound one counts only its given characters) and has one or two given
 * characters, all Han; a Han name of three or more characters otherwise, one of two that starts with no
 * surname (恩佐), or one joined by ·, is foreign.
 */
export function countNameChars(docs, surnames) {
  const counts = new Map();
  const compound = new Map();
  const bump = (ch, k) => {
    if (ch === undefined || !HAN.test(ch)) return;
    let row = counts.get(ch);
    if (!row) counts.set(ch, (row = [0, 0, 0, 0, 0, 0]));
    row[k]++;
  };
  for (const doc of docs) {
    for (const ch of doc.text) bump(ch, 4);
    for (const person of doc.persons) {
      const name = doc.text.slice(person.start, person.end);
      const allHan = [...name].every((ch) => HAN.test(ch));
      const sl = surnames.has(name.slice(0, 2)) && name.length >= 3 ? 2 : surnames.has(name[0]) ? 1 : 0;
      if (allHan && sl > 0 && name.length - sl >= 1 && name.length - sl <= 2) {
        if (sl === 1) bump(name[0], 0);
        else compound.set(name.slice(0, 2), (compound.get(name.slice(0, 2)) ?? 0) + 1);
        for (const ch of name.slice(sl)) bump(ch, 1);
      } else if ((allHan && (name.length >= 3 || (sl === 0 && name.length === 2))) || DOT.test(name)) {
        for (const ch of name) bump(ch, 3);
      }
      bump(doc.text[person.end], 2);
      bump(doc.text[person.start - 1], 5);
    }
  }
  return { counts, compound };
}

/** The counts as the lines of name-chars.txt (sorted by char code, rare characters never near a name left out). */
export function nameCharLines(counts) {
  return [...counts.entries()]
    .filter(([, [s, g, f, x, t, b]]) => s + g + f + x + b > 0 || t >= 3)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([ch, row]) => [ch, ...row].join("\t"));
}
