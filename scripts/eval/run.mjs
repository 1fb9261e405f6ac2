// `npm run eval`: accuracy of baoxun against the annotated corpora in ../shared/corpora, read in
// place, with the peer libraries measured in the same run. Each sibling module exports
// `run({ baoxun, corpora })` and prints its own table; a module whose corpus is missing says so.
import { existsSync, readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const corpora = resolve(here, "../../../shared/corpora");
if (!existsSync(corpora)) {
  console.log(`skipped: ${corpora} is absent; the evaluation reads the shared corpora in place`);
  process.exit(0);
}
const baoxun = await import(pathToFileURL(resolve(here, "../../dist/index.js")).href);
const only = process.argv.slice(2);
for (const file of readdirSync(here).filter((f) => f.endsWith(".mjs") && f !== "run.mjs").sort()) {
  const name = file.replace(/\.mjs$/, "");
  if (only.length && !only.includes(name)) continue;
  const module = await import(pathToFileURL(join(here, file)).href);
  console.log(`\n## ${name}\n`);
  await module.run({ baoxun, corpora });
}
