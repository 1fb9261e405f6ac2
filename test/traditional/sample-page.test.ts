import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract.js";
import { foldTraditional } from "../../src/text/fold-traditional.js";
import { squashLayout } from "../../src/text/mapped-text.js";
import type { EntityGraph } from "../../src/contracts/graph.js";
import { expectValidGraph } from "../helpers/invariants.js";
// @ts-expect-error: a plain .mjs module of the dev scripts, without types
import { CONVERSIONS } from "../../scripts/traditional/convert.mjs";

const SIMPLIFIED = readFileSync(resolve(__dirname, "../../examples/sample-page.txt"), "utf8");
const REFERENCE = { referenceDate: "2026-03-21" };

/** The graph with every string folded: what must not differ between the two scripts. */
function folded(graph: EntityGraph): unknown {
  return JSON.parse(JSON.stringify(graph), (_key, value: unknown) => (typeof value === "string" ? foldTraditional(value) : value));
}

/** Every string of the graph, with where it came from. */
function strings(value: unknown, path = ""): [string, string][] {
  if (typeof value === "string") return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}[${i}]`));
  if (value && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => strings(v, `${path}.${k}`));
  return [];
}

/**
 * The repository's own invented page (examples/sample-page.txt) written in Traditional characters
 * by OpenCC, as Taiwan and Hong Kong would write it: the same graph, entity for entity (the same
 * spans, kinds, values and links), with every string as the Traditional page writes it.
 */
describe.each(CONVERSIONS as { name: string; convert: (text: string) => string }[])("the sample page converted with OpenCC $name", ({ convert }) => {
  const traditional = convert(SIMPLIFIED);
  const simplifiedGraph = extract(SIMPLIFIED, REFERENCE);
  const traditionalGraph = extract(traditional, REFERENCE);

  it("is the same length as the page it was converted from (the spans can be compared)", () => {
    expect(traditional.length).toBe(SIMPLIFIED.length);
    expect(traditional).not.toBe(SIMPLIFIED);
  });

  it("gives the same graph, entity for entity", () => {
    expect(folded(traditionalGraph)).toEqual(folded(simplifiedGraph));
    expect(traditionalGraph.persons.length).toBeGreaterThan(5);
  });

  it("gives every string as the Traditional page writes it", () => {
    expectValidGraph(traditionalGraph, traditional);
    const page = squashLayout(traditional);
    const written = strings(traditionalGraph).filter(([path]) => /\.(name|text|title|marker|main|kicker|subtitle|affiliation)$|\.(aliases|qualifiers)\[\d+\]$/.test(path));
    expect(written.length).toBeGreaterThan(50);
    expect(written.filter(([, s]) => !page.includes(squashLayout(s)))).toEqual([]);
  });
});
