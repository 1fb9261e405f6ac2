import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = resolve(__dirname, "../..");
const read = (file: string) => readFileSync(join(ROOT, file), "utf8");

/** A speed, time, size or peer-ratio figure: 4.75 M chars/s, 24 ms, 1.0 s, 65 KiB, 1.9 × `jieba-wasm`. */
const FIGURE = /\d[\d.]*\s?[KM]? chars\/s|\d[\d.]*\s?KiB|\b\d+(?:\.\d+)?\s?(?:ms|s)\b|\d(?:\.\d+)?\s?×\s?`/g;

// Issue 18: the same numbers were in README, CHANGELOG and docs/performance.md, and drifted apart.
// They live in docs/performance.md; the others link to it.
describe("performance figures live in docs/performance.md only", () => {
  it.each(["README.md", "CHANGELOG.md"])("%s quotes none, and links to docs/performance.md", (file) => {
    const text = read(file);
    expect(text.match(FIGURE) ?? []).toEqual([]);
    expect(text).toContain("docs/performance.md");
  });

  it("docs/performance.md has them: throughput and peer ratios, start-up, the bundle's size", () => {
    const text = read("docs/performance.md");
    expect(text).toMatch(/\d[\d.]* M \|/); // the throughput table
    expect(text).toMatch(/import → first result/);
    expect(text).toMatch(/\d+ KiB min\+gzip/);
  });

  it.each([
    ["4.75 M chars/s", 1],
    ["takes 24 ms in a fresh process", 1],
    ["took 1.0 s instead of 1.9–2.1 s", 2],
    ["about 65 KiB min+gzip", 1],
    ["That is 1.9 × `jieba-wasm`", 1],
  ])("the rule sees a figure in %j", (text, count) => {
    expect(text.match(FIGURE)).toHaveLength(count);
  });

  it.each(["2 M characters", "schema 1.1.0", "issue 18", "10 × the page gives 10 × the HTML", "UTF-16 (little-endian)", "exit 2"])("and none in %j", (text) => {
    expect(text.match(FIGURE)).toBeNull();
  });
});
