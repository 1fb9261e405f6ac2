import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import * as source from "../src/index.js";
import { expectValidGraph } from "./helpers/invariants.js";

// The suite's whole-page checks, run once more against the built package (npm test builds first).
describe("the built package", async () => {
  const built = (await import(resolve(__dirname, "../dist/index.js"))) as typeof source;
  const text = readFileSync(resolve(__dirname, "../examples/sample-page.txt"), "utf8");

  it("gives the same graph as the sources", () => {
    const graph = built.extract(text, { referenceDate: "2026-03-21" });
    expectValidGraph(graph, text);
    expect(graph).toEqual(source.extract(text, { referenceDate: "2026-03-21" }));
  });

  it("exports the same names as the sources", () => {
    expect(Object.keys(built).sort()).toEqual(Object.keys(source).sort());
  });

  it("throws its own BaoxunError class", () => {
    expect(() => built.extract(null as never)).toThrow(built.BaoxunError);
  });
});
