import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { PageInput } from "../batch/page-result.js";
import type { ExtractOptions } from "../../contracts/options.js";
import { runTask, type ThreadData, type WorkerOutcome } from "./page-task.js";

/** Runs page tasks, on worker threads or in this thread. */
export interface PagePool {
  /** How many pages run at once: 1 in this thread. */
  readonly threads: number;
  run(page: PageInput): Promise<WorkerOutcome>;
  close(): Promise<void>;
}

/** How {@link createPagePool} runs its pages. */
export interface PagePoolSettings {
  /** The worker-thread file (default: dist/batch-worker.js beside this code); null for this thread. */
  readonly workerUrl?: URL | null;
  /**
   * Use a thread even for one page at a time (default false). A queue worker does: its main
   * thread must stay free to renew its job locks, or a long page would look stalled and be taken
   * by another worker. The batch CLI runs one thread's pages in its own.
   */
  readonly threadForOne?: boolean;
}

/**
 * A pool of `threads` worker threads running dist/batch-worker.js, each given the run's options
 * once, when it starts. In this thread when `threads` is 1 (unless `threadForOne`), or when the
 * worker file is absent (running from the TypeScript sources, as the tests do).
 */
export async function createPagePool(threads: number, options: ExtractOptions, settings: PagePoolSettings = {}): Promise<PagePool> {
  const workerUrl = settings.workerUrl === undefined ? defaultWorkerUrl() : settings.workerUrl;
  if ((threads <= 1 && settings.threadForOne !== true) || workerUrl === null || !existsSync(fileURLToPath(workerUrl))) {
    return {
      threads: 1,
      // A macrotask between pages lets the progress bar, the output stream and the queue breathe.
      run: (page) => new Promise((resolve) => setImmediate(() => resolve(runTask({ page, options })))),
      close: async () => undefined,
    };
  }
  // Imported, not required: tinypool is ESM only, and this module is also built as CommonJS
  // (for baoxun/worker); and only when threads are wanted.
  const { Tinypool } = await import("tinypool");
  const workerData: ThreadData = { options };
  const pool = new Tinypool({ filename: workerUrl.href, minThreads: threads, maxThreads: threads, workerData });
  return {
    threads,
    run: (page) => pool.run({ page }) as Promise<WorkerOutcome>,
    close: () => pool.destroy(),
  };
}

function defaultWorkerUrl(): URL | null {
  // Built, this code is in dist/worker.js or a chunk of dist/cli.js, beside dist/batch-worker.js.
  return import.meta.url.startsWith("file:") ? new URL("./batch-worker.js", import.meta.url) : null;
}
