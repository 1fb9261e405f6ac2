// A Node script: extract a page, print its summary, and write the HTML view and CSV tables.
//
//   npm run build && node examples/node-script.mjs [page.txt] [out-dir]
//
// In your own project, after `npm install baoxun`, the import below is all you need.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { extract } from "baoxun";
import { formatSummary, toCsv, toHtml } from "baoxun/render";

const input = process.argv[2] ?? new URL("./sample-page.txt", import.meta.url);
const outDir = process.argv[3] ?? "baoxun-out";
const text = readFileSync(input, "utf8");

const graph = extract(text, { referenceDate: "2026-03-21" });
process.stdout.write(formatSummary(graph));

mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, "page.html"), toHtml(graph, text, { title: "sample page" }));
for (const [table, csv] of Object.entries(toCsv(graph))) writeFileSync(join(outDir, `${table}.csv`), csv);
console.log(`\nwrote ${join(outDir, "page.html")} and ${Object.keys(toCsv(graph)).length} CSV tables`);
