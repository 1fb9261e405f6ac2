import { Worker } from "node:worker_threads";
import { BaoxunError } from "../../errors.js";
import type { PdfPageWords, ReadPdfOptions } from "./pdf-document.js";
import type { ThreadMessage, ThreadRequest } from "./pdf-thread.js";

type Arrival = ThreadMessage | { readonly kind: "crash"; readonly error: unknown };

/** The thread reading PDFs for this process, and the files it is reading for it. */
interface ReadingThread {
  readonly worker: Worker;
  readonly inbox: Map<number, (message: Arrival) => void>;
  /** Files whose caller waits for a page: the thread keeps the process alive only while one does. */
  waiting: number;
  /** The id the next file read on this thread gets. */
  nextDoc: number;
}

// One thread per thread file for the whole process, started on the first PDF and kept (pdf.js
// loaded and compiled once, not per file), unreferenced while no caller waits on it, so that
// it never keeps a process alive. A thread that died is replaced on the next file.
const threads = new Map<string, ReadingThread>();

function threadFor(file: URL): ReadingThread {
  const known = threads.get(file.href);
  if (known) return known;
  const worker = new Worker(file);
  const thread: ReadingThread = { worker, inbox: new Map(), waiting: 0, nextDoc: 1 };
  const crash = (error: unknown) => {
    threads.delete(file.href);
    for (const deliver of thread.inbox.values()) deliver({ kind: "crash", error });
  };
  worker.on("message", (m: ThreadMessage) => thread.inbox.get(m.doc)?.(m));
  worker.on("error", crash);
  worker.on("exit", (code) => crash(new Error(`the PDF reading thread stopped (exit code ${code})`)));
  worker.unref();
  threads.set(file.href, thread);
  return thread;
}

/**
 * The words of each page of a PDF, read by the reading thread in `file` (dist/pdf-thread.js),
 * which reads the next pages while the caller works on this one.
 *
 * @throws {BaoxunError} as pdf.js's reading in this thread would: `pdf-encrypted`, `pdf-damaged`,
 *   `missing-dependency`.
 * @example
 * ```ts
 * for await (const { page, words } of readOnThread(new URL("./pdf-thread.js", import.meta.url), bytes)) console.log(page.number, words.length);
 * ```
 */
export async function* readOnThread(file: URL, bytes: Uint8Array, options: ReadPdfOptions = {}): AsyncGenerator<PdfPageWords> {
  const thread = threadFor(file);
  const doc = thread.nextDoc++;
  const queue: Arrival[] = [];
  let wake: (() => void) | undefined;
  thread.inbox.set(doc, (message) => {
    queue.push(message);
    wake?.();
  });
  const send = (request: ThreadRequest) => thread.worker.postMessage(request);
  // The bytes are copied into the thread: the caller's buffer is never moved or detached.
  send({ kind: "open", doc, bytes, ...(options.password === undefined ? {} : { password: options.password }) });
  let finished = false;
  try {
    for (;;) {
      if (queue.length === 0) {
        if (thread.waiting++ === 0) thread.worker.ref();
        while (queue.length === 0) await new Promise<void>((resolve) => (wake = resolve));
        if (--thread.waiting === 0) thread.worker.unref();
      }
      const message = queue.shift()!;
      switch (message.kind) {
        case "page":
          send({ kind: "taken", doc });
          yield { page: message.page, words: message.words };
          break;
        case "end":
          finished = true;
          return;
        case "error":
          finished = true;
          if (message.code !== null) throw new BaoxunError(message.code, message.message);
          throw new Error(message.message);
        case "crash":
          finished = true;
          throw message.error;
      }
    }
  } finally {
    thread.inbox.delete(doc);
    if (!finished) send({ kind: "close", doc });
  }
}
