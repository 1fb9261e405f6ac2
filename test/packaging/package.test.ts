import { execFileSync, spawnSync } from "node:child_process";
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { publint } from "publint";
import { formatMessage } from "publint/utils";
import { beforeAll, describe, expect, it } from "vitest";

const ROOT = resolve(__dirname, "../..");
const PAGE = "清河新区召开安全生产会议\n\n本报讯（记者林晓东）3月20日上午，清河新区召开安全生产工作会议。\n";

/**
 * The package as users get it: `npm pack` of the built dist/ (npm test builds first), checked by
 * publint and attw, installed into a fresh project and used from ESM, CommonJS and the bin.
 */
describe("the packed package", () => {
  let work: string;
  let tarball: string;
  let files: string[];

  beforeAll(() => {
    if (!existsSync(join(ROOT, "dist/index.js"))) throw new Error("dist/ is missing: run `npm run build` (npm test does) before the packaging tests");
    work = mkdtempSync(join(tmpdir(), "baoxun-pack-"));
    // --ignore-scripts: pack the dist/ that the rest of the suite tested, without rebuilding it.
    const out = execFileSync("npm", ["pack", "--ignore-scripts", "--json", "--pack-destination", work], { cwd: ROOT, encoding: "utf8" });
    const [info] = JSON.parse(out) as { filename: string; files: { path: string }[] }[];
    tarball = join(work, info!.filename);
    files = info!.files.map((f) => f.path);
  }, 120_000);

  it("ships the built entry points and nothing of the sources or tests", () => {
    for (const file of ["dist/index.js", "dist/index.cjs", "dist/index.d.ts", "dist/index.d.cts", "dist/schema.js", "dist/schema.cjs", "dist/cli.js", "dist/batch-worker.js", "dist/entity-graph.schema.json", "package.json"]) {
      expect(files).toContain(file);
    }
    expect(files.filter((f) => /^(src|test|bench|scripts|\.ci|node_modules)\//.test(f) || f.endsWith(".tgz"))).toEqual([]);
  });

  it("ships the MIT licence that package.json names", () => {
    expect(files).toContain("LICENSE");
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { license: string; files: string[] };
    expect(pkg.license).toBe("MIT");
    expect(pkg.files).toContain("LICENSE");
    expect(readFileSync(join(ROOT, "LICENSE"), "utf8")).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} /);
  });

  it("bundles none of its dependencies: they stay imports that npm installs", () => {
    execFileSync("tar", ["xzf", tarball, "-C", work]);
    const bundled = files
      .filter((f) => /\.c?js$/.test(f))
      .flatMap((f) => [...readFileSync(join(work, "package", f), "utf8").matchAll(/^\/\/ (node_modules\/\S+)/gm)].map((m) => `${f}: ${m[1]}`))
      .filter((line) => !line.includes("node_modules/tsup/assets/"));
    expect(bundled).toEqual([]);
  });

  it("passes publint without errors, warnings or suggestions", async () => {
    const bytes = readFileSync(tarball);
    const { messages, pkg } = await publint({ pack: { tarball: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer }, level: "suggestion" });
    expect(messages.map((m) => `${m.type}: ${formatMessage(m, pkg) ?? m.code}`)).toEqual([]);
  });

  it("has the right types for import and require (are the types wrong?)", () => {
    // Into a file: attw exits before a pipe is drained, and its report is longer than a pipe's buffer.
    const reportFile = join(work, "attw.json");
    const fd = openSync(reportFile, "w");
    spawnSync(process.execPath, [resolve(ROOT, "node_modules/@arethetypeswrong/cli/dist/index.js"), tarball, "--format", "json"], { stdio: ["ignore", fd, "inherit"] });
    closeSync(fd);
    const report = JSON.parse(readFileSync(reportFile, "utf8")) as { problems?: Record<string, { entrypoint: string; resolutionKind: string }[]> };
    // An entry point without a "require" condition is ESM-only on purpose. Every subpath export
    // also needs a typesVersions entry, for TypeScript's old "node" (node10) resolution.
    const exportsMap = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).exports as Record<string, unknown>;
    const esmOnly = new Set(Object.entries(exportsMap).filter(([, v]) => typeof v === "object" && v !== null && !("require" in v)).map(([k]) => k));
    const problems = Object.values(report.problems ?? {})
      .flat()
      .filter((p) => !(p.resolutionKind === "node16-cjs" && esmOnly.has(p.entrypoint)));
    expect(problems, "a node10 problem on a subpath: add it to typesVersions in package.json").toEqual([]);
  });

  it("installs into a fresh project and works from ESM, CommonJS and its bin", () => {
    const project = join(work, "consumer");
    mkdirSync(project);
    writeFileSync(join(project, "package.json"), JSON.stringify({ name: "consumer", private: true, version: "1.0.0" }));
    // --prefer-offline, not --offline: `npm ci` caches tarballs but not the registry's package
    // documents that resolving baoxun's dependency ranges needs, so on a fresh machine's cache
    // --offline fails; this reads the cache where it can and asks the registry for the rest.
    execFileSync("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", "--ignore-scripts", "--loglevel=error", tarball], { cwd: project, encoding: "utf8" });
    writeFileSync(join(project, "page.txt"), PAGE);

    const esm = execFileSync(
      process.execPath,
      [
        "--input-type=module",
        "-e",
        `import { extract, toHtml, toCsv } from "baoxun";
         import { entityGraphSchema } from "baoxun/schema";
         import schemaJson from "baoxun/schema.json" with { type: "json" };
         import { readFileSync } from "node:fs";
         const text = readFileSync("page.txt", "utf8");
         const graph = extract(text, { referenceDate: "2026-03-21" });
         console.log(JSON.stringify({ articles: graph.articles.length, html: toHtml(graph, text).startsWith("<!doctype html>"), csv: Object.keys(toCsv(graph)).length, schema: entityGraphSchema.title === schemaJson.title }));`,
      ],
      { cwd: project, encoding: "utf8" },
    );
    expect(JSON.parse(esm)).toEqual({ articles: 1, html: true, csv: 8, schema: true });

    const cjs = execFileSync(
      process.execPath,
      [
        "-e",
        `const { extract, BaoxunError } = require("baoxun");
         const { entityGraphSchema } = require("baoxun/schema");
         const graph = extract(require("fs").readFileSync("page.txt", "utf8"));
         let code = null; try { extract(null); } catch (e) { code = e instanceof BaoxunError && e.code; }
         console.log(JSON.stringify({ articles: graph.articles.length, code, schema: typeof entityGraphSchema.properties }));`,
      ],
      { cwd: project, encoding: "utf8" },
    );
    expect(JSON.parse(cjs)).toEqual({ articles: 1, code: "invalid-input", schema: "object" });

    const bin = join(project, "node_modules/.bin/baoxun");
    expect(execFileSync(bin, ["extract", "page.txt", "--format", "summary"], { cwd: project, encoding: "utf8" })).toContain("main: 清河新区召开安全生产会议");
    mkdirSync(join(project, "pages"));
    for (let i = 0; i < 6; i++) writeFileSync(join(project, "pages", `${i}.txt`), PAGE);
    execFileSync(bin, ["extract", "pages", "--out", "results.jsonl", "--jobs", "2"], { cwd: project, encoding: "utf8" });
    const lines = readFileSync(join(project, "results.jsonl"), "utf8").trimEnd().split("\n").map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.id, l.graph.articles.length])).toEqual([0, 1, 2, 3, 4, 5].map((i) => [`pages/${i}.txt`, 1]));
  }, 120_000);
});
