/**
 * Any input at all (issue 6): for arbitrary strings, Chinese-heavy strings and edited real pages,
 * `extract` returns a schema-valid graph whose spans lie inside the input and satisfy the span
 * invariant, with unique ids and resolving references; the output is deterministic and the
 * options object is left as it was.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract.js";
import type { ExtractOptions } from "../../src/contracts/options.js";
import { expectValidGraph } from "../helpers/invariants.js";
import { hasSeed, readSeedPage, SKIP_NOTE } from "../helpers/shared.js";
import { anyCodePoints, anyCodeUnits, chineseText, editedPage } from "./arbitraries.js";

const SAMPLE_PAGE = readFileSync(resolve(import.meta.dirname, "../../examples/sample-page.txt"), "utf8");
/** Kept modest so that the suite stays fast on two cores; raise locally with FC_NUM_RUNS. */
const RUNS = Number(process.env.FC_NUM_RUNS ?? 0) || undefined;
const runs = (n: number) => ({ numRuns: RUNS ?? n });

/** Extracts twice, with a frozen options object, and checks every invariant of the result. */
function checkAnyInput(text: string): void {
  const options: ExtractOptions = Object.freeze({ referenceDate: "2021-04-13" });
  const graph = extract(text, options);
  expectValidGraph(graph, text);
  expect(JSON.parse(JSON.stringify(graph)), "plain JSON data").toEqual(graph);
  expect(extract(text, options), "deterministic").toEqual(graph);
  expect(options).toEqual({ referenceDate: "2021-04-13" });
}

describe("extract on any input", () => {
  it("any UTF-16 code units, lone surrogates included", () => {
    fc.assert(fc.property(anyCodeUnits, checkAnyInput), runs(150));
  });

  it("any code points, astral characters included", () => {
    fc.assert(fc.property(anyCodePoints, checkAnyInput), runs(100));
  });

  it("Chinese-heavy text built from openers, credits, dates, names and layout", () => {
    fc.assert(fc.property(chineseText, checkAnyInput), runs(300));
  });

  it("without options, on Chinese-heavy text", () => {
    fc.assert(
      fc.property(chineseText, (text) => {
        const graph = extract(text);
        expectValidGraph(graph, text);
        expect(extract(text)).toEqual(graph);
      }),
      runs(100),
    );
  });

  it("the sample page with random edits (inserts, deletions, duplicates, cuts, \\r\\n, U+3000)", () => {
    fc.assert(fc.property(editedPage(SAMPLE_PAGE), checkAnyInput), runs(60));
  });
});

describe.skipIf(!hasSeed)(`the seed page with random edits${hasSeed ? "" : ` (${SKIP_NOTE})`}`, () => {
  it("stays valid", () => {
    fc.assert(fc.property(editedPage(readSeedPage()), checkAnyInput), runs(25));
  });
});
