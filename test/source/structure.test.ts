import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = join(import.meta.dirname, "../../src");
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : []));
const sources = files(SRC).map((path) => ({ path: relative(SRC, path), text: readFileSync(path, "utf8") }));

describe("source structure", () => {
  it("finds the sources", () => {
    expect(sources.length).toBeGreaterThan(50);
  });

  // What a stage needs arrives in its arguments: a module-level variable that one call sets and a
  // deeper function reads back is what the lexicon used to travel by (let active).
  it("has no module-level let or var", () => {
    const found = sources.flatMap(({ path, text }) => text.split("\n").flatMap((line, i) => (/^(export )?(let|var) /.test(line) ? [`${path}:${i + 1}: ${line}`] : [])));
    expect(found).toEqual([]);
  });

  it("keeps the contracts free of implementation imports", () => {
    const allowed = /^(\.\/|\.\.\/schema\/|@sinclair\/typebox$)/;
    const found = sources
      .filter(({ path }) => path.startsWith("contracts/"))
      .flatMap(({ path, text }) => [...text.matchAll(/from "([^"]+)"/g)].map((m) => m[1]!).filter((spec) => !allowed.test(spec)).map((spec) => `${path} → ${spec}`));
    expect(found).toEqual([]);
  });
});
