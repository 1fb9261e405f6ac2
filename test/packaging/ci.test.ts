import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = resolve(__dirname, "../..");
const run = readFileSync(join(ROOT, ".ci/run"), "utf8");
const commands = run.split("\n").filter((line) => line.trim() !== "" && !line.trimStart().startsWith("#"));
const at = (command: string) => commands.findIndex((line) => line.trim() === command);

// Issue 18: the types were never checked in CI (vitest strips them), so a type error could land.
describe(".ci/run", () => {
  it.each([["npm ci --no-audit --no-fund"], ["npm run typecheck"], ["npm test"]])("runs `%s`", (command) => {
    expect(at(command)).toBeGreaterThanOrEqual(0);
  });

  it("installs, then checks the types, then tests: a type error fails before the tests run", () => {
    expect(at("npm ci --no-audit --no-fund")).toBeLessThan(at("npm run typecheck"));
    expect(at("npm run typecheck")).toBeLessThan(at("npm test"));
  });

  it("stops at the first failing command", () => {
    expect(run).toMatch(/^set -euo pipefail$/m);
  });

  it("typecheck is tsc over everything tsconfig includes, tests and scripts too", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> };
    expect(pkg.scripts.typecheck).toBe("tsc --noEmit");
    const tsconfig = JSON.parse(readFileSync(join(ROOT, "tsconfig.json"), "utf8")) as { include: string[] };
    expect(tsconfig.include).toEqual(expect.arrayContaining(["src", "test", "scripts"]));
  });

  it.each(readdirSync(join(ROOT, ".ci")).filter((f) => f.startsWith("install-")))("%s is an executable bash script that stops on error", (script) => {
    const path = join(ROOT, ".ci", script);
    expect(statSync(path).mode & 0o111).not.toBe(0);
    expect(readFileSync(path, "utf8")).toMatch(/^#!\/usr\/bin\/env bash\n[\s\S]*^set -euo pipefail$/m);
  });
});
