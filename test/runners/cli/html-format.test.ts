import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PAGE_A, runInProcess, tempDir } from "./cli-harness.js";

describe("baoxun extract --format html", () => {
  it("prints the HTML view of one page", async () => {
    const dir = tempDir();
    const file = join(dir, "page.txt");
    writeFileSync(file, `${PAGE_A}<b>&`);
    const { code, stdout, stderr } = await runInProcess(["extract", file, "--format", "html", "--reference-date", "2026-03-21"]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
    expect(stdout.startsWith("<!doctype html>")).toBe(true);
    expect(stdout).toContain("reference date: 2026-03-21 (option)");
    expect(stdout).toContain("&lt;b&gt;&amp;");
    expect(stdout).toMatch(/<div class="bx-article" data-id="a1"/);
  });

  it("reads the page from stdin too", async () => {
    const { code, stdout } = await runInProcess(["extract", "-", "--format", "html"], PAGE_A);
    expect(code).toBe(0);
    expect(stdout).toContain('<div class="bx-page">');
  });
});
