import { expect, it } from "vitest";
import * as baoxun from "../src/index.js";
import * as schema from "../src/schema/index.js";

// The exact public surface: adding or removing an export is a deliberate change, made here too.
it("exports exactly these names from baoxun", () => {
  expect(Object.keys(baoxun).sort()).toEqual([
    "BaoxunError",
    "MAX_INPUT_LENGTH",
    "SCHEMA_VERSION",
    "buildGraph",
    "detectArticles",
    "extract",
    "extractWhen",
    "extractWho",
    "foldTraditional",
    "formatResultLine",
    "formatSummary",
    "isPageError",
    "isPageInput",
    "mapOrdered",
    "pageError",
    "parsePageLine",
    "parseResultLine",
    "parseUserDictionaries",
    "processPage",
    "repairLayout",
    "resolveDictionaries",
    "squashLayout",
    "toCsv",
    "toCytoscape",
    "toGraphml",
    "toGraphology",
    "toHtml",
    "toJsonLines",
    "toNodeLink",
  ]);
});

it("exports the schema and its version from baoxun/schema", () => {
  expect(Object.keys(schema).sort()).toEqual(["SCHEMA_VERSION", "entityGraphSchema"]);
  expect(schema.SCHEMA_VERSION).toBe(baoxun.SCHEMA_VERSION);
  expect(schema.entityGraphSchema).toMatchObject({ type: "object", title: "baoxun EntityGraph" });
});

it("exports the renderers and exporters from baoxun/render", async () => {
  const render = await import("../src/render.js");
  expect(Object.keys(render).sort()).toEqual(["formatSummary", "toCsv", "toCytoscape", "toGraphml", "toGraphology", "toHtml", "toJsonLines", "toNodeLink"]);
});

it("exports the batch helpers from baoxun/batch", async () => {
  const batch = await import("../src/batch.js");
  expect(Object.keys(batch).sort()).toEqual(["formatResultLine", "isPageError", "isPageInput", "mapOrdered", "pageError", "parsePageLine", "parseResultLine", "processPage"]);
});

// Deprecated in baoxun for one minor version (CHANGELOG): the same functions as at their new subpaths.
it("keeps the moved names working from baoxun", async () => {
  const render = await import("../src/render.js");
  const batch = await import("../src/batch.js");
  const moved = { ...render, ...batch } as Record<string, unknown>;
  for (const [name, value] of Object.entries(moved)) expect({ name, same: (baoxun as Record<string, unknown>)[name] === value }).toEqual({ name, same: true });
});
