import { describe, expect, it } from "vitest";
import { resolveDictionaries } from "../../../src/lexicon/user-dictionaries.js";
import { isSignature, markerLexicon } from "../../../src/stages/2-articles/markers.js";

const builtIn = resolveDictionaries();

/** The check as it was before its lookups were prefiltered by the titles' first characters: the reference. */
function referenceIsSignature(text: string): boolean {
  if (text.length > 30 || !/^[\u3400-\u4dbf\u4e00-\u9fff（）()]+$/.test(text)) return false;
  const { roleTitles, surnames } = builtIn;
  const titles = new Set(roleTitles);
  const longest = Math.max(...roleTitles.map((t) => t.length));
  for (let nameLength = 2; nameLength <= 4; nameLength++) {
    if (text.length <= nameLength) continue;
    const name = text.slice(-nameLength);
    const hasSurname = (l: number) => nameLength - l >= 1 && nameLength - l <= 2 && surnames.has(name.slice(0, l));
    if (!hasSurname(1) && !hasSurname(2)) continue;
    const before = text.slice(0, -nameLength);
    for (let t = Math.min(longest, before.length); t >= 1; t--) if (titles.has(before.slice(-t))) return true;
  }
  return false;
}

describe("isSignature, against the unfiltered lookups", () => {
  it("agrees for every role title and surname, with offices before and names of each length", () => {
    const { roleTitles, surnames } = builtIn;
    const names = [...surnames].flatMap((s) => [s, `${s}静`, `${s}雅琴`, `${s}雅琴明`]);
    let signatures = 0;
    for (const title of roleTitles) {
      for (const office of ["", "清河新区文旅局", "（", "局", "长"]) {
        for (let n = 0; n < names.length; n += 7) {
          for (const text of [`${office}${title}${names[n]}`, `${office}${title}${names[n]}）`, `${title.slice(1)}${names[n]}`, `${office}${title.slice(0, -1)}${names[n]}`]) {
            const expected = referenceIsSignature(text);
            if (isSignature(text, markerLexicon(builtIn)) !== expected) expect({ text, answer: !expected }).toEqual({ text, answer: expected });
            if (expected) signatures++;
          }
        }
      }
    }
    expect(signatures).toBeGreaterThan(1000);
  });
});
