/**
 * The PDF reading thread (built to dist/pdf-thread.js): pdf.js reads files' pages here while the
 * caller's thread lays out and extracts the pages already read, and pdf.js's global changes stay
 * in this thread's realm. One thread serves every file a process reads (reading-thread.ts), so
 * that pdf.js is loaded and compiled once. It reads at most two pages of a file ahead of the
 * caller: memory stays bounded by a few pages, whatever the length of the file.
 */
import { parentPort } from "node:worker_threads";
import { BaoxunError } from "../../errors.js";
import { loadPdfjs, type Pdfjs } from "./load-pdfjs.js";
import { pdfDocumentWords, type PdfPageWords } from "./pdf-document.js";

/** What the caller's thread sends: a file to read, a page taken, a file given up. */
export type ThreadRequest =
  | { readonly kind: "open"; readonly doc: number; readonly bytes: Uint8Array; readonly password?: string }
  | { readonly kind: "taken"; readonly doc: number }
  | { readonly kind: "close"; readonly doc: number };

/** What the reading thread sends back about a file: each page, then the end or an error. */
export type ThreadMessage =
  | ({ readonly kind: "page"; readonly doc: number } & PdfPageWords)
  | { readonly kind: "end"; readonly doc: number }
  | { readonly kind: "error"; readonly doc: number; readonly code: BaoxunError["code"] | null; readonly message: string };

/** Pages of a file read but not yet taken by the caller, at most. */
const AHEAD = 2;

/**
 * pdf.js's legacy build (the one made for Node) installs core-js polyfills into the realm that
 * loads it, from its main module and from its worker module (which reads the pages, here in the
 * same thread). On Node 20 they replace Array.prototype.push (for a V8 edge case at lengths over
 * 2^32) with one twice as slow, which pdf.js itself calls more than anything else: this realm
 * loads both modules, then takes the native push back. And pdf.js inflates streams through
 * DecompressionStream when there is one: a page printed by Chromium holds thousands of tiny
 * streams (its Type 3 glyphs), each of which costs more through a web stream than to inflate.
 * Here the constructor refuses, with a value rather than an Error (no stack to capture a
 * thousand times a page), and pdf.js inflates the stream itself, synchronously, as it does where
 * there is no DecompressionStream. Together a third of the reading time.
 */
async function loadPdfjsForThisThread(): Promise<Pdfjs> {
  const push = Object.getOwnPropertyDescriptor(Array.prototype, "push")!;
  Object.defineProperty(globalThis, "DecompressionStream", {
    value: function refuse() {
      throw "inflate it yourself";
    },
    writable: true,
    configurable: true,
  });
  const pdfjs = await loadPdfjs();
  // Loaded here, it is the one pdf.js reads the pages with (globalThis.pdfjsWorker), not imported again.
  await import("pdfjs-dist/legacy/build/pdf.worker.mjs");
  Object.defineProperty(Array.prototype, "push", push);
  return pdfjs;
}

interface OpenFile {
  taken: number;
  closed: boolean;
  wake?: () => void;
}

function serve(port: NonNullable<typeof parentPort>): void {
  let pdfjs: Promise<Pdfjs> | undefined;
  const files = new Map<number, OpenFile>();
  port.on("message", (request: ThreadRequest) => {
    if (request.kind === "open") {
      const file: OpenFile = { taken: 0, closed: false };
      files.set(request.doc, file);
      pdfjs ??= loadPdfjsForThisThread();
      void read(request, file).finally(() => files.delete(request.doc));
      return;
    }
    const file = files.get(request.doc);
    if (!file) return;
    if (request.kind === "taken") file.taken++;
    else file.closed = true;
    file.wake?.();
  });

  async function read(request: Extract<ThreadRequest, { kind: "open" }>, file: OpenFile): Promise<void> {
    const { doc } = request;
    let sent = 0;
    try {
      const pages = pdfDocumentWords(await pdfjs!, request.bytes, request.password === undefined ? {} : { password: request.password });
      try {
        for (;;) {
          while (sent - file.taken >= AHEAD && !file.closed) await new Promise<void>((resolve) => (file.wake = resolve));
          if (file.closed) return;
          const next = await pages.next();
          if (next.done) break;
          port.postMessage({ kind: "page", doc, ...next.value } satisfies ThreadMessage);
          sent++;
        }
      } finally {
        // Closes pdf.js's document when the caller gave up before the last page.
        await pages.return(undefined);
      }
      port.postMessage({ kind: "end", doc } satisfies ThreadMessage);
    } catch (error) {
      const code = error instanceof BaoxunError ? error.code : null;
      port.postMessage({ kind: "error", doc, code, message: (error as Error).message ?? String(error) } satisfies ThreadMessage);
    }
  }
}

if (parentPort) serve(parentPort);
