import { it } from "vitest";
import { scanAtoms } from "../../src/when/01-scan.js";
import { findDateExpressions } from "../../src/when/index.js";
it("dbg", () => {
  for (const t of (process.env.T ?? "").split("|")) {
    console.log(t, JSON.stringify(scanAtoms(t).map((a) => [t.slice(a.start, a.end), a.rule, a.fields, a.dependent ?? "", a.rangeOnly ?? ""])));
    console.log("  =>", JSON.stringify(findDateExpressions(t).map((e) => [t.slice(e.start, e.end), e.kind, e.rule])));
  }
});
