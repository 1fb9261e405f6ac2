import { describe, expect, it } from "vitest";
import { affiliationBefore } from "../../../src/stages/4-credits/parse-credit.js";
import { resolveDictionaries } from "../../../src/lexicon/user-dictionaries.js";
import { whoLexicon } from "../../../src/lexicon/who-lexicon.js";

const fc = await import("fast-check");
const dictionaries = resolveDictionaries();
const lex = whoLexicon(dictionaries);
/** The pattern as written out, with the outlet suffixes of dictionaries/outlet-suffixes.txt: the reference. */
const AFFILIATION = new RegExp(`(?:本报|新华社|中新社|人民网|[\\u4e00-\\u9fff]{1,10}?(?:${dictionaries.outletSuffixes.join("|")}))$`, "u");

describe("affiliationBefore", () => {
  it("finds what the affiliation pattern finds on the 14 characters before the marker", () => {
    const pieces = ["本报", "新华社", "人民网", "河南日报", "电视台", "新闻中心", "新华网", "商报", "由", "记者", "报", "社", "网", "x", "，", "县"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), fc.nat(), fc.nat(), (parts, a, b) => {
        const text = parts.join("");
        const at = text.length === 0 ? 0 : a % (text.length + 1);
        const from = b % (at + 1);
        const m = AFFILIATION.exec(text.slice(Math.max(from, at - 14), at));
        expect(affiliationBefore(lex, text, from, at)).toBe(m ? m[0].replace(/^.*由/u, "") : null);
      }),
    );
  });
});
