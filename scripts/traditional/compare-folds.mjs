// How baoxun reads Traditional text, chosen by measurement: opencc-js converting the page at run
// time (its t2cn preset: TSPhrases, TSCharacters and the regional variants) against the one-to-one
// character fold of dictionaries/traditional-fold.txt. For each: the min+gzip size it adds to a
// browser bundle, the start-up of a fresh process (import → first folded sentence, median of 11),
// and on the PKU dev days (19980104–05, read in place from ../shared) converted with OpenCC s2tw and
// s2hk: how many characters come back different from the Simplified text folded the same way, and
// how many texts change length (offsets would no longer be the page's).
// Run: node scripts/traditional/compare-folds.mjs
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { isPkuTrainingDay, readPku } from "../who/corpora.mjs";
import { CONVERSIONS } from "./convert.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const table = readFileSync(resolve(root, "dictionaries/traditional-fold.txt"), "utf8");
const pairs = table.split("\n").filter((l) => l && !l.startsWith("#"));

const SAMPLE = "（中央社記者陳芷瑜台北27日電）臺北市長今天首度召開市政會議，行政院長游文淵昨（26）晚表示。";
const CANDIDATES = {
  // What importing any module costs: the start-up figures of the others are read against it.
  "nothing (identity, the baseline)": { source: "export const fold = (s) => s;" },
  "opencc-js t2cn at run time": {
    source: `import { Converter } from "opencc-js/t2cn"; const t2s = Converter({ from: "tw", to: "cn" }); export const fold = (s) => t2s(s);`,
  },
  "own one-to-one table": {
    source: `const pairs = ${JSON.stringify(pairs.join("\n"))};
const table = new Uint16Array(65536);
for (let i = 0; i < pairs.length; i += 3) table[pairs.charCodeAt(i)] = pairs.charCodeAt(i + 1);
export const fold = (s) => { let out = ""; for (let i = 0; i < s.length; i++) { const c = s.charCodeAt(i); out += String.fromCharCode(table[c] || c); } return out; };`,
  },
};

async function bundle(source) {
  const result = await build({ stdin: { contents: source, resolveDir: root, loader: "js" }, bundle: true, minify: true, format: "esm", platform: "browser", write: false, logLevel: "silent" });
  return result.outputFiles[0].text;
}

const work = mkdtempSync(resolve(tmpdir(), "baoxun-folds-"));

function startupMs(file) {
  const runner = `const t0 = performance.now(); const m = await import(${JSON.stringify(pathToFileURL(file).href)}); m.fold(${JSON.stringify(SAMPLE)}); console.log(performance.now() - t0);`;
  const times = [];
  for (let i = 0; i < 11; i++) times.push(Number(execFileSync(process.execPath, ["--input-type=module", "-e", runner], { encoding: "utf8" })));
  return times.sort((a, b) => a - b)[5];
}

const corpora = resolve(root, "../shared/corpora");
const dev = existsSync(corpora) ? readPku(corpora).filter((a) => !isPkuTrainingDay(a.day)).map((a) => a.paragraphs.map((p) => p.text).join("\n")) : null;

console.log("| reading | adds to the bundle (min+gzip) | start-up, import → first result | chars differing after s2tw / s2hk (of all) | texts changing length |");
console.log("| --- | ---: | ---: | ---: | ---: |");
for (const [index, [name, { source }]] of Object.entries(CANDIDATES).entries()) {
  const code = await bundle(source);
  const file = resolve(work, `candidate-${index}.mjs`);
  writeFileSync(file, code);
  const { fold } = await import(pathToFileURL(file).href);
  let accuracy = "(../shared absent)";
  let lengths = "";
  if (dev) {
    const cells = [];
    let changed = 0;
    let total = 0;
    for (const conversion of CONVERSIONS.filter((c) => /phrases/.test(c.name))) {
      let differ = 0;
      for (const text of dev) {
        const simplified = fold(text);
        const back = fold(conversion.convert(text));
        if (back.length !== simplified.length) changed++;
        for (let i = 0; i < Math.min(back.length, simplified.length); i++) if (back[i] !== simplified[i]) differ++;
        total += text.length;
      }
      cells.push(differ);
    }
    accuracy = `${cells.join(" / ")} (of ${total / cells.length})`;
    lengths = `${changed} of ${dev.length * 2}`;
  }
  console.log(`| ${name} | ${(gzipSync(code).length / 1024).toFixed(1)} KiB | ${startupMs(file).toFixed(1)} ms | ${accuracy} | ${lengths} |`);
}
