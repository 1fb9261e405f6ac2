import { defineConfig, type Options } from "tsup";
import { moveDataLast, trapEarlyReads } from "./scripts/build/data-last.js";
import { dictionaryText } from "./scripts/build/dictionary-text.js";

// Minified: import → first result is a target (issue 6), and V8 parses and lazily compiles a
// minified bundle faster (about 4 ms of a 55 ms cold start). The source maps ship beside it, so
// `node --enable-source-maps` still gives stack traces in the sources.
const minify = true;

/** Dictionary files, inlined as text without their comments (scripts/build/dictionary-text.ts). */
const dictionaries: NonNullable<Options["esbuildPlugins"]>[number] = {
  name: "dictionary-text",
  setup(build) {
    build.onLoad({ filter: /\.txt$/ }, (args) => ({ contents: dictionaryText(args.path), loader: "text" }));
  },
};

/**
 * Han characters as themselves, not as \uXXXX escapes: a bundle holds them in regular expressions
 * anyway (esbuild does not escape those), so it is read as UTF-8 whatever the setting, and an escape
 * is six characters for V8 to scan on import where the character is one (the dictionaries alone
 * were 80 KB of escapes).
 */
const utf8: Options["esbuildOptions"] = (options) => {
  options.charset = "utf8";
};

/**
 * The large data literals at the end of each built file (scripts/build/data-last.ts): the browser
 * bundle of `extract` gzips about 2.4 KiB smaller. An ES module file is then imported with each
 * moved value first set to a trap, so that the build fails if evaluating it would read one early.
 */
const dataLast: NonNullable<Options["plugins"]>[number] = {
  name: "data-last",
  async renderChunk(code, info) {
    if (!/\.c?js$/.test(info.path)) return;
    const result = moveDataLast(code, info.path);
    if (result.moved.length > 0 && info.path.endsWith(".js") && !/^import\b|[;}]import\s*[{*\w]/m.test(code)) {
      await import(`data:text/javascript;base64,${Buffer.from(trapEarlyReads(result.code, result.moved)).toString("base64")}`);
    }
    return { code: result.code, map: result.map };
  },
};

export default defineConfig([
  {
    entry: { index: "src/index.ts", schema: "src/schema/index.ts", render: "src/render.ts", batch: "src/batch.ts" },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    minify,
    // One file per entry: the shared version constant is not worth a second module to resolve
    // and load at import (about 1 ms of start-up).
    splitting: false,
    clean: true,
    // Here, beside the schema entry it imports: in the CLI's config it raced the build of
    // dist/schema.js (the configs build in parallel) and lost on a fresh clone.
    onSuccess: "node scripts/write-schema-json.mjs",
    target: "es2022",
    platform: "neutral",
    esbuildPlugins: [dictionaries],
    esbuildOptions: utf8,
    plugins: [dataLast],
  },
  {
    // The worker threads of batch runs load dist/batch-worker.js, beside dist/cli.js.
    // baoxun/pdf's reading thread, dist/pdf-thread.js, likewise beside dist/pdf.js (read-pdf.ts).
    entry: { cli: "src/runners/cli/main.ts", "batch-worker": "src/runners/cli/batch-worker.ts", "pdf-thread": "src/readers/pdf/pdf-thread.ts" },
    format: ["esm"],
    target: "node20",
    platform: "node",
    esbuildPlugins: [dictionaries],
    esbuildOptions: utf8,
    banner: { js: "#!/usr/bin/env node" },
    minify,
    // The queue commands import BullMQ (an optional dependency, not externalised by default):
    // resolved at run time, not bundled into dist/ (1.5 MB).
    // pdf.js (baoxun/pdf's optional peer dependency) likewise, for `baoxun extract page.pdf`.
    external: ["bullmq", "pdfjs-dist"],
  },
  {
    // baoxun/worker, for embedding the queue worker: Node only. It finds the worker threads'
    // dist/batch-worker.js through import.meta.url (shimmed in the CJS build). BullMQ, an optional
    // dependency, stays an import that Node resolves at run time.
    entry: { worker: "src/runners/worker/index.ts" },
    format: ["esm", "cjs"],
    shims: true,
    dts: true,
    sourcemap: true,
    minify,
    target: "node20",
    platform: "node",
    esbuildPlugins: [dictionaries],
    esbuildOptions: utf8,
    external: ["bullmq"],
  },
  {
    // baoxun/pdf: PDF pages (pdf.js, an optional peer dependency loaded on first use and never
    // bundled) and OCR files to graphs with boxes. Node only. The CJS build keeps import() of the
    // ESM-only pdf.js as a real dynamic import instead of turning it into a require.
    entry: { pdf: "src/pdf.ts" },
    format: ["esm", "cjs"],
    // import.meta.url in the CJS build too: it finds dist/pdf-thread.js beside itself.
    shims: true,
    dts: true,
    sourcemap: true,
    minify,
    target: "node20",
    platform: "node",
    esbuildPlugins: [dictionaries],
    esbuildOptions: (options, context) => {
      utf8?.(options, context);
      options.supported = { ...options.supported, "dynamic-import": true };
    },
    external: ["pdfjs-dist"],
  },
]);
