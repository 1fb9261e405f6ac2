// Registers Deno's Jupyter kernel (the `deno` devDependency) as "deno", the kernel that
// examples/explore.ipynb asks for: writes <jupyter data dir>/kernels/deno/kernel.json.
//   node scripts/notebook/register-kernel.mjs /usr/local/share/jupyter   (.ci/install-notebook)
//   node scripts/notebook/register-kernel.mjs "$(mktemp -d)"             (the test, via JUPYTER_PATH)
// The spec names the deno binary itself, not node_modules/.bin/deno: without its install script
// (package.json allowScripts) that is a node wrapper, and a kernel that Jupyter stops must be the
// process it started.
import { mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";

/** The path of the deno executable that npm installed (the platform package's binary). */
export function denoExecutable() {
  const require = createRequire(import.meta.url);
  return require("deno/install_api.cjs").runInstall();
}

/** Writes the kernel spec into `dataDir` and returns the spec's path. */
export function registerKernel(dataDir) {
  const dir = join(resolve(dataDir), "kernels", "deno");
  mkdirSync(dir, { recursive: true });
  const spec = {
    argv: [denoExecutable(), "jupyter", "--kernel", "--conn", "{connection_file}"],
    display_name: "Deno",
    language: "typescript",
  };
  const file = join(dir, "kernel.json");
  writeFileSync(file, `${JSON.stringify(spec, null, 2)}\n`);
  return file;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dataDir = process.argv[2];
  if (!dataDir) {
    console.error("usage: node scripts/notebook/register-kernel.mjs <jupyter data dir>");
    process.exit(2);
  }
  console.log(registerKernel(dataDir));
}
