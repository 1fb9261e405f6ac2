// baoxun/pdf on the article dev pages that scripts/pages builds (corpus articles laid out as HTML
// newspaper pages and printed to PDF by Chromium; dev split: PKU days 04–05, Sogou c–f, Wikinews
// dev files — see scripts/pages/sources.mjs). For each page, in the same run:
//   layout   extractPdf(page.pdf): reading order from the geometry, layout hints, boxes
//   pdftotext  extract(pdftotext page.pdf) — the plain-text path the pages were built for
// Gold is re-aligned by content to each extraction (alignGold), so both are scored the same way
// (scoreGraph: article F1 exact, main headline exact …). Also: gold blocks read in order, entity
// boxes inside their article's outline, persons/roles/dates against the clean text of the same
// articles, OCR (tesseract chi_sim at 300 dpi, ALTO) character accuracy and entity agreement on a
// few pages, and speed on a 20-page PDF against pdftotext.
//   npm run eval -- pdf            (builds .pages/dev with the PDFs first if missing)
//   BAOXUN_OCR_PAGES=3             pages to OCR (0 to skip; tesseract takes ~30 s a page)
//   BAOXUN_PDF_SPEED=0             skip the speed comparison
//   BAOXUN_PAGES_SPLIT=train       score the TRAIN pages instead (tune there; dev is for the record)
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve, dirname } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { alignGold, squashWithMap } from "../pages/render-pdf.mjs";
import { emptyTally, scoreGraph, tallyRow, TABLE_HEAD } from "../pages/score.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "../..");
const squash = (t) => squashWithMap(t).s;

export async function run({ baoxun }) {
  const split = process.env.BAOXUN_PAGES_SPLIT === "train" ? "train" : "dev";
  const dir = join(root, `.pages/${split}/pdf`);
  if (!existsSync(join(root, `.pages/${split}/pdf-default`))) {
    console.log(`building the ${split} pages (node scripts/pages/build.mjs --split ${split} --kinds pdf-default) …`);
    execFileSync(process.execPath, [join(root, "scripts/pages/build.mjs"), "--split", split, "--kinds", "pdf-default"], { stdio: "inherit" });
  }
  const pdf = await import(pathToFileURL(join(root, "dist/pdf.js")).href);
  const ids = readdirSync(dir).filter((f) => f.endsWith(".pdf")).map((f) => f.slice(0, -4)).sort();
  const mine = emptyTally();
  const plain = emptyTally();
  const order = { blocks: 0, inOrder: 0, chars: 0, charsInOrder: 0 };
  const lineOrder = { lines: 0, inOrder: 0 };
  const plainLineOrder = { lines: 0, inOrder: 0 };
  const boxes = { entities: 0, inside: 0 };
  const agree = { persons: [0, 0, 0], roles: [0, 0, 0], dates: [0, 0, 0], plainPersons: [0, 0, 0], plainRoles: [0, 0, 0], plainDates: [0, 0, 0] };
  const graphs = new Map();
  let multiPage = 0;
  for (const id of ids) {
    const page = JSON.parse(readFileSync(join(dir, `${id}.page.json`), "utf8"));
    const pages = await pdf.extractPdf(readFileSync(join(dir, `${id}.pdf`)));
    if (pages.length > 1) multiPage++;
    const graph = pages[0];
    graphs.set(id, graph);
    const text = graph.input.text;
    const gold = alignGold(page, text, "pdf-layout");
    scoreGraph(graph, text, gold, mine);
    const plainText = readFileSync(join(root, `.pages/${split}/pdf-default`, `${id}.txt`), "utf8");
    const plainGold = JSON.parse(readFileSync(join(root, `.pages/${split}/pdf-default`, `${id}.gold.json`), "utf8"));
    const plainGraph = baoxun.extract(plainText);
    scoreGraph(plainGraph, plainText, plainGold, plain);
    readingOrder(page, text, order);
    linesInOrder(page, text, lineOrder);
    linesInOrder(page, plainText, plainLineOrder);
    boxesInside(graph, boxes);
    // Entities against the clean text of the same articles (headline, blank line, paragraphs).
    const clean = baoxun.extract(page.items.map((item) => item.blocks.map((b) => b.text).join("\n")).join("\n\n"));
    tallySets(agree.persons, names(graph), names(clean));
    tallySets(agree.roles, roles(graph), roles(clean));
    tallySets(agree.dates, dates(graph), dates(clean));
    tallySets(agree.plainPersons, names(plainGraph), names(clean));
    tallySets(agree.plainRoles, roles(plainGraph), roles(clean));
    tallySets(agree.plainDates, dates(plainGraph), dates(clean));
  }
  console.log(`${ids.length} ${split} pages (${multiPage} printed on more than one PDF page: only page 1 scored)\n`);
  console.log([...TABLE_HEAD, tallyRow("baoxun/pdf (layout)", mine), tallyRow("pdftotext + extract", plain)].join("\n"));
  console.log(`\nreading order: ${pct(order.inOrder, order.blocks)} of ${order.blocks} gold blocks (${pct(order.charsInOrder, order.chars)} of their characters) come after the block before them in their article`);
  console.log(`reading order by line: ${pct(lineOrder.inOrder, lineOrder.lines)} of ${lineOrder.lines} article text lines follow the line before them in their article (pdftotext: ${pct(plainLineOrder.inOrder, plainLineOrder.lines)} of ${plainLineOrder.lines})`);
  console.log(`boxes: ${pct(boxes.inside, boxes.entities)} of ${boxes.entities} entity boxes lie inside their article's outline`);
  console.log("\nentities against the clean text of the same articles (set F1 per page, summed):");
  console.log("| | persons | roles (person+title) | dates (text+value) |\n|---|---|---|---|");
  console.log(`| baoxun/pdf | ${f1(agree.persons)} | ${f1(agree.roles)} | ${f1(agree.dates)} |`);
  console.log(`| pdftotext + extract | ${f1(agree.plainPersons)} | ${f1(agree.plainRoles)} | ${f1(agree.plainDates)} |`);
  await ocr(ids, dir, graphs, pdf, split);
  if (process.env.BAOXUN_PDF_SPEED !== "0") await speed(ids, dir, split);
}

const pct = (n, d) => (d ? `${((100 * n) / d).toFixed(1)} %` : "—");
function f1([both, a, b]) {
  return a + b ? ((2 * both) / (a + b)).toFixed(3) : "—";
}
function tallySets(t, found, reference) {
  const ref = new Set(reference);
  const mine = new Set(found);
  t[0] += [...mine].filter((x) => ref.has(x)).length;
  t[1] += mine.size;
  t[2] += ref.size;
}
const names = (g) => g.persons.map((p) => p.name);
const roles = (g) => g.roles.map((r) => `${g.persons.find((p) => p.id === r.personId)?.name}|${r.title}`);
const dates = (g) => g.dates.map((d) => `${squash(d.text)}|${d.value}`);

/** Each gold block found in the text after the previous block of its article. */
function readingOrder(page, text, order) {
  const s = squash(text);
  for (const item of page.items) {
    let last = -1;
    for (const block of item.blocks) {
      const q = squash(block.text);
      order.blocks++;
      order.chars += q.length;
      const at = s.indexOf(q, Math.max(0, last));
      if (at >= 0 && at >= last) {
        order.inOrder++;
        order.charsInOrder += q.length;
        last = at + q.length;
      } else if (s.indexOf(q) >= 0) last = s.indexOf(q) + q.length;
    }
  }
}

/**
 * Each printed line of the extraction that holds article text, read where its article's text
 * continues: right after the line before it in that article (the first at the article's start).
 * A line found nowhere in the articles (two columns run together) counts as wrong, unless it is
 * page furniture.
 */
function linesInOrder(page, text, tally) {
  const articles = page.items.map((item) => squash(item.blocks.map((b) => b.text).join("")));
  const furniture = [...page.furniture.header, ...page.furniture.footer].map(squash).join("\n");
  const cursor = articles.map(() => 0);
  for (const line of text.split("\n")) {
    const q = squash(line);
    if (!q) continue;
    const next = articles.findIndex((a, i) => a.startsWith(q, cursor[i]));
    if (next >= 0) {
      tally.lines++;
      tally.inOrder++;
      cursor[next] += q.length;
      continue;
    }
    const i = articles.findIndex((a) => a.includes(q));
    if (i >= 0) cursor[i] = articles[i].indexOf(q) + q.length;
    else if (furniture.includes(q)) continue;
    tally.lines++;
  }
}

function boxesInside(graph, boxes) {
  const outline = new Map(graph.articles.map((a) => [a.id, a.boxes ?? []]));
  const entities = [...graph.persons.flatMap((p) => p.mentions), ...graph.organizations.flatMap((o) => o.mentions), ...graph.roles, ...graph.dates, ...graph.credits];
  for (const e of entities) {
    if (!e.articleId) continue;
    for (const box of e.boxes ?? []) {
      boxes.entities++;
      const o = outline.get(e.articleId) ?? [];
      if (o.some((r) => box.x >= r.x - 0.5 && box.y >= r.y - 0.5 && box.x + box.width <= r.x + r.width + 0.5 && box.y + box.height <= r.y + r.height + 0.5)) boxes.inside++;
    }
  }
}

/** Levenshtein distance, two rows (n·m time, fine for a page). */
function editDistance(a, b) {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}

async function ocr(ids, dir, graphs, pdf, split) {
  const count = Number(process.env.BAOXUN_OCR_PAGES ?? 3);
  const hasTools = spawnSync("sh", ["-c", "command -v tesseract && command -v pdftoppm"]).status === 0;
  if (!count || !hasTools) return console.log(`\nOCR: skipped (${count ? "tesseract or pdftoppm missing: .ci/install-pdf-tools" : "BAOXUN_OCR_PAGES=0"})`);
  const out = join(root, `.pages/${split}/ocr`);
  mkdirSync(out, { recursive: true });
  const sets = { persons: [0, 0, 0], roles: [0, 0, 0], dates: [0, 0, 0] };
  let errors = 0;
  let chars = 0;
  const mine = emptyTally();
  const pick = ids.filter((_, i) => i % Math.max(1, Math.floor(ids.length / count)) === 0).slice(0, count);
  for (const id of pick) {
    const base = join(out, id);
    if (!existsSync(`${base}.xml`)) {
      execFileSync("pdftoppm", ["-r", "300", "-png", "-singlefile", "-f", "1", "-l", "1", join(dir, `${id}.pdf`), base]);
      execFileSync("tesseract", [`${base}.png`, base, "-l", "chi_sim", "alto"], { stdio: "ignore" });
    }
    const graph = pdf.extractAlto(readFileSync(`${base}.xml`, "utf8"))[0];
    const reference = graphs.get(id);
    const a = squash(graph.input.text);
    const b = squash(reference.input.text);
    errors += editDistance(a, b);
    chars += b.length;
    tallySets(sets.persons, names(graph), names(reference));
    tallySets(sets.roles, roles(graph), roles(reference));
    tallySets(sets.dates, dates(graph), dates(reference));
    const page = JSON.parse(readFileSync(join(dir, `${id}.page.json`), "utf8"));
    scoreGraph(graph, graph.input.text, alignGold(page, graph.input.text, "ocr"), mine);
  }
  console.log(`\nOCR (tesseract chi_sim, 300 dpi, ALTO) on ${pick.length} ${split} pages: character accuracy ${pct(chars - errors, chars)} against the PDF's text layer (${chars} characters)`);
  console.log(`entities against the PDF graph of the same page (set F1): persons ${f1(sets.persons)}, roles ${f1(sets.roles)}, dates ${f1(sets.dates)}`);
  console.log(`articles (gold aligned by exact content, so OCR errors unalign them): ${tallyRow("ocr alto", mine)}`);
}

async function speed(ids, dir, split) {
  const qpdf = spawnSync("sh", ["-c", "command -v qpdf"]).status === 0;
  if (!qpdf) return console.log("\nspeed: skipped (qpdf missing: .ci/install-pdf-tools)");
  const twenty = join(root, `.pages/${split}/twenty.pdf`);
  const files = Array.from({ length: 20 }, (_, i) => join(dir, `${ids[i % ids.length]}.pdf`));
  execFileSync("qpdf", ["--empty", "--pages", ...files.flatMap((f) => [f, "1"]), "--", twenty]);
  const time = (command, args) => {
    const t = process.hrtime.bigint();
    const r = spawnSync(command, args, { stdio: ["ignore", "ignore", "inherit"] });
    if (r.status !== 0) throw new Error(`${command} failed`);
    return Number(process.hrtime.bigint() - t) / 1e6;
  };
  const best = (f) => Math.min(f(), f(), f());
  const cli = best(() => time(process.execPath, [join(root, "dist/cli.js"), "extract", twenty, "--jsonl"]));
  const poppler = best(() => time("pdftotext", [twenty, "-"]));
  const bytes = readFileSync(twenty);
  // pdf.js alone, as the library runs it: its reading thread (dist/pdf-thread.js), every page taken at once.
  const { Worker } = await import("node:worker_threads");
  const reader = new Worker(new URL("../../dist/pdf-thread.js", import.meta.url));
  let doc = 0;
  const readOnly = () =>
    new Promise((resolve, reject) => {
      const t = performance.now();
      const id = ++doc;
      const listen = (m) => {
        if (m.doc !== id) return;
        if (m.kind === "page") reader.postMessage({ kind: "taken", doc: id });
        else if (m.kind === "end") resolve(performance.now() - t);
        else reject(new Error(m.message));
        if (m.kind !== "page") reader.off("message", listen);
      };
      reader.on("message", listen);
      reader.postMessage({ kind: "open", doc: id, bytes });
    });
  await readOnly();
  // The whole, in this process: pdf.js on its thread, layout + pipeline + boxes on this one, whose
  // busy time (event loop utilisation) is the library's own work.
  const { extractPdf } = await import(pathToFileURL(join(root, "dist/pdf.js")).href);
  const whole = async () => {
    const t = performance.now();
    const before = performance.eventLoopUtilization();
    await extractPdf(bytes);
    return { ms: performance.now() - t, own: performance.eventLoopUtilization(before).active };
  };
  await whole();
  const read = Math.min(await readOnly(), await readOnly(), await readOnly());
  await reader.terminate();
  const runs = [await whole(), await whole(), await whole()].sort((a, b) => a.ms - b.ms);
  const all = runs[0];
  console.log(`\nspeed, 20-page PDF (${(bytes.length / 1024).toFixed(0)} KiB), best of 3, same run (load average ${(await import("node:os")).loadavg()[0].toFixed(1)} on ${(await import("node:os")).availableParallelism()} cores):`);
  console.log(`| | ms | pages/s |\n|---|---|---|`);
  console.log(`| baoxun extract --jsonl (process, start-up included) | ${cli.toFixed(0)} | ${(20000 / cli).toFixed(1)} |`);
  console.log(`| pdftotext | ${poppler.toFixed(0)} | ${(20000 / poppler).toFixed(1)} |`);
  console.log(`| extractPdf in-process | ${all.ms.toFixed(0)} | ${(20000 / all.ms).toFixed(1)} |`);
  console.log(`| pdf.js reading alone (its thread) | ${read.toFixed(0)} | ${(20000 / read).toFixed(1)} |`);
  console.log(`| the library's own work (layout, pipeline, boxes; main thread busy, beside pdf.js) | ${all.own.toFixed(0)} | |`);
  console.log(`library's own share of the work: ${pct(all.own, all.own + read)}; ratio baoxun CLI / pdftotext: ${(cli / poppler).toFixed(1)}×`);
}
