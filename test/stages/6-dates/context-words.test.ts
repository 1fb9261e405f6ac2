import { describe, expect, it } from "vitest";
import { trimSpaces, wordAfterSpaces, wordBeforeSpaces } from "../../../src/stages/6-dates/context-words.js";

// Each function answers as the expression it replaced: held to it on every short string over
// the characters that matter.
const ALPHABET = ["", " ", "\u3000", "起", "至", "今", "截", "到", "草", "前", "往", "的", "x"];
function strings(length: number): string[] {
  let out = [""];
  for (let i = 0; i < length; i++) out = out.flatMap((s) => ALPHABET.map((c) => s + c));
  return [...new Set(out)];
}

describe("context words", () => {
  const texts = strings(4);

  it("wordAfterSpaces is /^[ \\t\\u3000]*(w1|w2…)/ with lookaheads", () => {
    const words = [{ word: "起至今" }, { word: "至今" }, { word: "起", notBefore: "草至" }, { word: "前", notBefore: "往" }];
    const re = /^[ \t\u3000]*(起至今|至今|起(?![草至])|前(?![往]))/;
    for (const text of texts) {
      const m = re.exec(text);
      expect(wordAfterSpaces(text, words), text).toEqual(m ? { length: m[0].length, word: m[1] } : null);
    }
  });

  it("wordBeforeSpaces is /(?:w1|w2…)[ \\t\\u3000]*$/", () => {
    const words = ["截至", "截止到", "截止", "截至到", "至"];
    const re = /(?:截至|截止到|截止|截至到|至)[ \t\u3000]*$/;
    for (const text of texts) expect(wordBeforeSpaces(text, words), text).toBe(re.exec(text)?.[0].length ?? null);
  });

  it("trimSpaces leaves what /^[ \\t\\u3000]*(.*?)[ \\t\\u3000]*$/ leaves", () => {
    for (const text of texts) expect(trimSpaces(text)).toBe(/^[ \t\u3000]*(.*?)[ \t\u3000]*$/s.exec(text)![1]);
  });
});
