import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { registerKernel } from "../../scripts/notebook/register-kernel.mjs";

const ROOT = resolve(__dirname, "../..");
const NOTEBOOK = join(ROOT, "examples/explore.ipynb");

interface Output { output_type: string; data?: Record<string, string | string[]>; ename?: string }
interface Cell { cell_type: string; source: string | string[]; outputs?: Output[]; execution_count?: number | null }
interface Notebook { metadata: { kernelspec: { name: string } }; cells: Cell[] }

const readNotebook = (path: string) => JSON.parse(readFileSync(path, "utf8")) as Notebook;
const joined = (value: string | string[] | undefined) => (Array.isArray(value) ? value.join("") : value ?? "");

const hasJupyter = spawnSync("jupyter-nbconvert", ["--version"], { encoding: "utf8" }).status === 0;
// CI installs it (.ci/install-notebook); only a local run without it may skip.
const skipNotebook = !hasJupyter && !process.env.CI;
const SKIP_NOTE = "skipped: jupyter-nbconvert is missing; install it with .ci/install-notebook (apt-get install jupyter-nbconvert)";

describe("examples/explore.ipynb", () => {
  it("is committed without outputs: an executed page may be real newspaper text", () => {
    const notebook = readNotebook(NOTEBOOK);
    const code = notebook.cells.filter((c) => c.cell_type === "code");
    expect(code.length).toBeGreaterThan(3);
    expect(code.filter((c) => (c.outputs ?? []).length > 0 || c.execution_count != null).map((c) => joined(c.source).slice(0, 40))).toEqual([]);
    expect(notebook.metadata.kernelspec.name).toBe("deno");
  });

  it("imports the built package by its name, as a user's notebook would", () => {
    const sources = readNotebook(NOTEBOOK).cells.map((c) => joined(c.source)).join("\n");
    expect(sources).toMatch(/from "baoxun";/);
    expect(sources).not.toMatch(/from "\.\.?\//);
  });

  it.skipIf(skipNotebook)(skipNotebook ? `runs top to bottom on Deno's kernel (${SKIP_NOTE})` : "runs top to bottom on Deno's kernel: tables, the HTML view and a chart", () => {
    if (!existsSync(join(ROOT, "dist/index.js"))) throw new Error("dist/ is missing: run `npm run build` (npm test does) first");
    const jupyterPath = mkdtempSync(join(tmpdir(), "baoxun-jupyter-"));
    registerKernel(jupyterPath);
    const out = mkdtempSync(join(tmpdir(), "baoxun-notebook-"));
    const run = spawnSync(
      "jupyter-nbconvert",
      // iopub_timeout: how long nbclient waits for a cell's outputs after its reply (default 4 s);
      // on a loaded machine they came later, and the cell was written without them.
      ["--to", "notebook", "--execute", "--ExecutePreprocessor.timeout=120", "--ExecutePreprocessor.iopub_timeout=60", "--output-dir", out, NOTEBOOK],
      { encoding: "utf8", env: { ...process.env, JUPYTER_PATH: jupyterPath } },
    );
    // nbconvert exits non-zero when any cell raises (the kernel's execute_reply says "error").
    expect(run.stderr).not.toMatch(/CellExecutionError|Traceback/);
    expect(run.status).toBe(0);
    const executed = readNotebook(join(out, "explore.ipynb"));
    const outputs = executed.cells.flatMap((c) => c.outputs ?? []);
    expect(outputs.filter((o) => o.output_type === "error")).toEqual([]);
    const html = outputs.map((o) => joined(o.data?.["text/html"]));
    expect(html.filter((h) => h.startsWith("<table")).length).toBeGreaterThanOrEqual(4);
    expect(html.some((h) => h.startsWith("<iframe") && h.includes("bx-page"))).toBe(true);
    const svg = outputs.map((o) => joined(o.data?.["image/svg+xml"])).find((s) => s.startsWith("<svg"));
    expect(svg).toMatch(/<rect [^>]*width="[1-9]/);
  }, 180_000);
});
