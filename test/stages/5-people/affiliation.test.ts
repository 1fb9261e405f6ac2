import { describe, expect, it } from "vitest";
import { affiliationBefore } from "../../../src/stages/4-credits/parse-credit.js";

const fc = await import("fast-check");
const AFFILIATION = /(?:本报|新华社|中新社|人民网|[\u4e00-\u9fff]{1,10}?(?:日报|晚报|早报|时报|电视台|广播电视台|融媒体中心|新闻中心|新闻网|通讯社|报社|杂志社|记者站))$/u;

describe("affiliationBefore", () => {
  it("finds what the affiliation pattern finds on the 14 characters before the marker", () => {
    const pieces = ["本报", "新华社", "人民网", "河南日报", "电视台", "新闻中心", "由", "记者", "报", "社", "x", "，", "县"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), fc.nat(), fc.nat(), (parts, a, b) => {
        const text = parts.join("");
        const at = text.length === 0 ? 0 : a % (text.length + 1);
        const from = b % (at + 1);
        const m = AFFILIATION.exec(text.slice(Math.max(from, at - 14), at));
        expect(affiliationBefore(text, from, at)).toBe(m ? m[0].replace(/^.*由/u, "") : null);
      }),
    );
  });
});
