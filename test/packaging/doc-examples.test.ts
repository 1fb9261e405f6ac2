import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { transformSync } from "esbuild";
import { describe, expect, it } from "vitest";

const ROOT = resolve(__dirname, "../..");
// The package's entries a user imports; later ones win a name exported by several (baoxun/render's
// toHtml over the deprecated re-export in baoxun).
const ENTRIES = ["dist/index.js", "dist/schema.js", "dist/render.js", "dist/batch.js"].map((entry) => join(ROOT, entry)).filter((entry) => existsSync(entry));

/** One `@example` of a TSDoc block, with the name its block documents. */
interface DocExample {
  readonly file: string;
  readonly name: string;
  readonly code: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith(".ts") && !path.endsWith(".d.ts") ? [path] : [];
  });
}

/** Every ```ts block after an `@example` tag, with the declaration the comment is on. */
export function docExamples(source: string, file: string): DocExample[] {
  const examples: DocExample[] = [];
  for (const block of source.matchAll(/\/\*\*([\s\S]*?)\*\/\s*(?:export\s+)?(?:declare\s+)?(?:async\s+)?(?:function\*?|class|const|let|interface|type)\s+([A-Za-z_$][\w$]*)/g)) {
    const comment = block[1]!.split("\n").map((line) => line.replace(/^\s*\* ?/, "")).join("\n");
    for (const example of comment.matchAll(/@example\s*\n```(?:ts|typescript|js)?\n([\s\S]*?)```/g)) {
      examples.push({ file, name: block[2]!, code: example[1]! });
    }
  }
  return examples;
}

/**
 * The example as a module body: a line `expr; // => value` (or a `// => value` line after the
 * statement it describes) becomes a check that `expr` equals `value`; an `…` in the value leaves
 * the rest out (a partial object, the start of a string).
 */
export function toCheckedCode(code: string): string {
  const out: string[] = [];
  const lines = code
    .split("\n")
    .filter((line) => !/^\s*import\s.*from\s+["']baoxun(\/[\w.]+)?["']/.test(line))
    // In a function body, an import is a dynamic one: `import Graph from "graphology"`.
    .map((line) =>
      line
        .replace(/^\s*import\s+([\w$]+)\s+from\s+(["'][^"']+["']);?/, "const { default: $1 } = await import($2);")
        .replace(/^\s*import\s+(\{[^}]*\})\s+from\s+(["'][^"']+["']);?/, "const $1 = await import($2);"),
    );
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const arrow = /^(.*?);?\s*\/\/ => (.*)$/.exec(line);
    const next = /^\s*\/\/ => (.*)$/.exec(lines[i + 1] ?? "");
    const throws = /^\s*\/\/ throws (\w+): (.*)$/.exec(lines[i + 1] ?? "");
    if (throws) {
      out.push(`__throws(() => ${line.replace(/;\s*$/, "")}, ${JSON.stringify(throws[1])}, ${JSON.stringify(throws[2]!.trim())});`);
      i++;
    } else if (arrow && arrow[1]!.trim() !== "") out.push(`__check(${arrow[1]}, ${JSON.stringify(arrow[2]!.trim())});`);
    else if (!arrow && next) {
      out.push(`__check(${line.replace(/;\s*$/, "")}, ${JSON.stringify(next[1]!.trim())});`);
      i++;
    } else if (!arrow) out.push(line);
  }
  return out.join("\n");
}

/** Whether `actual` is what the comment says: `expected` is JavaScript, `…` meaning "and more". */
export function matchesComment(actual: unknown, expected: string): boolean {
  const literal = expected.replace(/,\s*…\s*(?=[}\]])/g, "").replace(/(?<=[{[])\s*…\s*,?/g, "");
  return matches(actual, literalValue(literal));
}

/** The value a comment writes, which may end in a note: `"2024-12-21" (冬至)`. */
function literalValue(literal: string): unknown {
  try {
    return new Function(`return (${literal});`)() as unknown;
  } catch (error) {
    const noted = /^(.*\S)\s+\([^()]*\)$/.exec(literal);
    if (noted) return literalValue(noted[1]!);
    throw error;
  }
}

function matches(actual: unknown, expected: unknown): boolean {
  if (typeof expected === "string" && expected.includes("…")) {
    if (typeof actual !== "string") return false;
    let at = 0;
    for (const piece of expected.split("…").map((p) => p.trim()).filter((p) => p !== "")) {
      const found = actual.indexOf(piece, at);
      if (found < 0) return false;
      at = found + piece.length;
    }
    return true;
  }
  if (Array.isArray(expected)) return Array.isArray(actual) && expected.every((e, i) => matches(actual[i], e)) && (actual.length === expected.length);
  if (expected !== null && typeof expected === "object") {
    return actual !== null && typeof actual === "object" && Object.entries(expected).every(([k, v]) => matches((actual as Record<string, unknown>)[k], v));
  }
  return Object.is(actual, expected);
}

const publicNames = new Set<string>();
for (const entry of ENTRIES) {
  try {
    for (const name of Object.keys((await import(pathToFileURL(entry).href)) as object)) publicNames.add(name);
  } catch {
    // dist/ missing: the test below says so.
  }
}
const examples = sourceFiles(join(ROOT, "src"))
  .flatMap((file) => docExamples(readFileSync(file, "utf8"), relative(ROOT, file)))
  .filter((example) => publicNames.has(example.name));

/**
 * The `@example` of every public export runs against the built package, as a user would paste it:
 * the package's exports are in scope, `// => value` is checked. An example that no longer says
 * what the code does (the one of extractCredits gave other names than its input's) fails here.
 */

/** The check and throws functions an example calls, each failure written to `failures`. */
function checkers(failures: string[]): [(actual: unknown, expected: string) => void, (fn: () => unknown, name: string, message: string) => void] {
  return [
    (actual, expected) => {
      if (!matchesComment(actual, expected)) failures.push(`expected ${expected}, got ${JSON.stringify(actual)}`);
    },
    (fn, name, message) => {
      try {
        fn();
        failures.push(`expected ${name} to be thrown`);
      } catch (error) {
        const thrown = error as Error;
        if (thrown.name !== name || !matchesComment(thrown.message, JSON.stringify(message))) failures.push(`expected ${name}: ${message}, got ${thrown.name}: ${thrown.message}`);
      }
    },
  ];
}

describe("the @example blocks of the public API", () => {
  it("are found (dist/ is built, the blocks parse)", () => {
    expect(publicNames.size, "run `npm run build` first").toBeGreaterThan(20);
    expect(examples.length).toBeGreaterThan(15);
  });

  it.each(examples.map((e) => [`${e.name} (${e.file})`, e] as const))("%s", async (_, example) => {
    const body = transformSync(toCheckedCode(example.code), { loader: "ts", format: "esm" }).code;
    const imports = ENTRIES.map((entry, i) => `import * as __api${i} from ${JSON.stringify(pathToFileURL(entry).href)};`).join("\n");
    const scope = ENTRIES.map((_, i) => `...__api${i}`).join(", ");
    const module = `${imports}\nexport async function run(__check, __throws) {\nconst { ${[...publicNames].join(", ")} } = { ${scope} };\n${body}\n}\n`;
    // Inside the repository, so that an example's own imports (graphology) resolve as a user's would.
    const dir = join(ROOT, "node_modules/.cache/baoxun-doc-examples");
    mkdirSync(dir, { recursive: true });
    const file = join(mkdtempSync(join(dir, "example-")), "example.mjs");
    writeFileSync(file, module);
    const failures: string[] = [];
    type Run = (check: (actual: unknown, expected: string) => void, throws: (fn: () => unknown, name: string, message: string) => void) => Promise<void>;
    const { run } = (await import(pathToFileURL(file).href)) as { run: Run };
    await run(
      ...checkers(failures),
    );
    expect(failures).toEqual([]);
  });
});

/**
 * The `@example` blocks of internal functions are read by whoever changes the code next, so they
 * run too, against the sources: the example's own module's exports in scope, then the public
 * API's, then any other module's (whoLexicon, resolveDictionaries …). Issue 18 found one stale
 * (extractCredits); four more were, found by this (groupLines, buildPageText, endBeforeFileCode,
 * extractTitledNames).
 * An example that only sketches a call on values it does not build is listed with its reason.
 */
const SKETCHES: Record<string, string> = {
  // Values the example does not build.
  UserDictionaries: "text", renameType: "graph", attachBoxes: "pageText", extractLayout: "words", spanBoxes: "pageText",
  blockBoxes: "pageText", lineHints: "pageText", layoutTags: "pieces", findDottedNames: "lex", linkPersons: "texts",
  nameCandidatesAt: "lex", scoreName: "lex", nameScore: "lex", asWritten: "graphOf", pdfDocumentWords: "a pdf.js document",
  readPdfPages: "bytes", readOnThread: "a worker URL", collectResults: "a Redis queue", createWorker: "a Redis server",
  dropQueue: "a Redis server", enqueuePages: "a Redis server", toPageHtml: "bytes", extractPdfPages: "bytes",
  extractPdf: "a PDF file", extractAlto: "an ALTO file", extractHocr: "an hOCR file",
  // Stale, in a stage another engineer owns this stop (reported to them): the example passes a value
  // of the old shape, or says what happens in prose.
  islamicDateIn: "stale: the function returns { start, year } (6-dates)",
  checkReferenceDate: "says `// returns` and `// throws` in prose (6-dates)",
};

const sourceModules = new Map<string, Record<string, unknown>>();
for (const file of sourceFiles(join(ROOT, "src"))) {
  try {
    sourceModules.set(relative(ROOT, file), (await import(pathToFileURL(file).href)) as Record<string, unknown>);
  } catch {
    // A module that needs what is not installed (bullmq): its examples are sketches above.
  }
}
const internalExamples = [...sourceModules.keys()]
  .flatMap((file) => docExamples(readFileSync(join(ROOT, file), "utf8"), file))
  .filter((example) => !publicNames.has(example.name));
const AsyncFunction = (async () => {}).constructor as new (...parameters: string[]) => (...values: unknown[]) => Promise<void>;

describe("the @example blocks of internal functions, against the sources", () => {
  it("are found, and every sketch listed is still an example", () => {
    expect(internalExamples.length).toBeGreaterThan(50);
    const names = new Set(internalExamples.map((e) => e.name));
    expect(Object.keys(SKETCHES).filter((name) => !names.has(name))).toEqual([]);
  });

  it.each(internalExamples.filter((e) => !(e.name in SKETCHES)).map((e) => [`${e.name} (${e.file})`, e] as const))("%s", async (_, example) => {
    const scope: Record<string, unknown> = {};
    for (const exports of sourceModules.values()) Object.assign(scope, exports);
    Object.assign(scope, sourceModules.get("src/index.ts"), sourceModules.get(example.file));
    const names = Object.keys(scope).filter((name) => /^[A-Za-z_$][\w$]*$/.test(name) && name !== "default");
    const body = transformSync(toCheckedCode(example.code), { loader: "ts", format: "esm" }).code.replace(/\bimport\(/g, "__import(");
    const run = new AsyncFunction("__scope", "__check", "__throws", "__import", `const { ${names.join(", ")} } = __scope;\n${body}`);
    const failures: string[] = [];
    await run(
      scope,
      ...checkers(failures),
      (specifier: string) => import(specifier),
    );
    expect(failures).toEqual([]);
  });
});
