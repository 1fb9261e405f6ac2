import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { SKIP_NOTE } from "../helpers/shared.js";

const ROOT = resolve(__dirname, "../..");

/**
 * A newcomer's clone has no ../shared beside it: the tests that read the real page skip, and the
 * README promises a note saying so. vitest's default reporter prints only a count of skipped
 * tests, so test/helpers/skip-note-reporter.ts prints the notes; this runs vitest as `npm test`
 * does (the reporters of vitest.config.ts) with ../shared pointed at a folder that does not exist.
 */
describe("the note printed when ../shared is absent", () => {
  it.each([
    ["test/golden/golden.test.ts", "golden: the real seed page (test/golden/golden.test.ts)"],
    ["test/stages/6-dates/seed-page.test.ts", "seed page dates (test/stages/6-dates/seed-page.test.ts)"],
  ])("%s: the output names the skipped group and why", (file, group) => {
    const run = spawnSync(process.execPath, [resolve(ROOT, "node_modules/vitest/vitest.mjs"), "run", file], {
      cwd: ROOT,
      encoding: "utf8",
      env: { ...process.env, BAOXUN_SHARED: resolve(ROOT, "no-such-shared-folder"), NO_COLOR: "1", FORCE_COLOR: "0" },
    });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(SKIP_NOTE);
    expect(run.stdout).toContain(`- ${group}`);
  }, 60_000);

  it("a run where nothing is skipped prints no note", () => {
    const run = spawnSync(process.execPath, [resolve(ROOT, "node_modules/vitest/vitest.mjs"), "run", "test/runners/batch/lines.test.ts"], {
      cwd: ROOT,
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" },
    });
    expect(run.status).toBe(0);
    expect(run.stdout).not.toContain("skipped:");
  }, 60_000);
});
