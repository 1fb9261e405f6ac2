import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import { hasChromium, launchChromium, SKIP_NOTE } from "./chromium.js";

const ROOT = resolve(__dirname, "../..");
const EXAMPLES = resolve(ROOT, "examples");

/** The examples import "baoxun", which Node resolves to this package's own dist/ (self-reference). */
describe("examples/", () => {
  it("node-script.mjs prints the summary and writes the HTML view and CSV tables", () => {
    const out = mkdtempSync(join(tmpdir(), "baoxun-example-"));
    const stdout = execFileSync(process.execPath, [join(EXAMPLES, "node-script.mjs"), join(EXAMPLES, "sample-page.txt"), out], { encoding: "utf8" });
    expect(stdout).toMatch(/^reference date: 2026-03-21 \(option\)/);
    expect(readdirSync(out).sort()).toEqual(["articles.csv", "credits.csv", "dates.csv", "diagnostics.csv", "mentions.csv", "organizations.csv", "page.html", "persons.csv", "roles.csv"]);
  });

  it("notebook.mjs runs top to bottom as plain ESM", () => {
    const stdout = execFileSync(process.execPath, [join(EXAMPLES, "notebook.mjs")], { encoding: "utf8" });
    expect(stdout).toContain("id,articleId,personId,person,kind,marker");
    expect(stdout).toMatch(/\d+ nodes, \d+ edges/);
  });

  it.skipIf(!hasChromium)(hasChromium ? "browser/ extracts and shows the HTML view" : `browser/ (${SKIP_NOTE})`, async () => {
    const dir = mkdtempSync(join(tmpdir(), "baoxun-example-browser-"));
    cpSync(join(EXAMPLES, "browser/index.html"), join(dir, "index.html"));
    mkdirSync(join(dir, "bundle"));
    // As `npm run example:browser` bundles it, but written to disk: an ES module from file:// is
    // blocked by Chromium, so the test serves nothing and loads a classic script instead.
    await build({
      entryPoints: [join(EXAMPLES, "browser/main.js")],
      bundle: true,
      format: "iife",
      alias: { baoxun: join(ROOT, "dist/index.js") },
      outfile: join(dir, "bundle/main.js"),
      logLevel: "silent",
    });
    expect(existsSync(join(dir, "bundle/main.js"))).toBe(true);
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));
      await page.goto(pathToFileURL(join(dir, "index.html")).href);
      // type="module" scripts do not load from file://; load the bundle as a classic script.
      await page.addScriptTag({ path: join(dir, "bundle/main.js") });
      await page.waitForFunction(() => /articles/.test(String((globalThis as { document?: { getElementById(id: string): { textContent: string } | null } }).document?.getElementById("status")?.textContent)));
      expect(await page.textContent("#status")).toMatch(/^1 articles, \d+ persons, \d+ dates in [\d.]+ ms$/);
      const frame = page.frameLocator("#view");
      expect(await frame.locator(".bx-page").textContent()).toContain("本报讯（记者林晓东）");
      expect(await frame.locator(".bx-page .bx-date").count()).toBeGreaterThan(0);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 60_000);
});
