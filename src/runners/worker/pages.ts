import { formatResultLine } from "../batch/lines.js";
import { pageError, type PageInput, type PageResult } from "../batch/page-result.js";
import { readPageFile } from "../cli/inputs.js";

/**
 * A queued page, the data of one job: its text, or the path of a text file that every worker can
 * read (a shared disk). `referenceDate` (`YYYY-MM-DD`) is the page's own date.
 */
export type QueuedPage =
  | { readonly id: string; readonly text: string; readonly referenceDate?: string }
  | { readonly id: string; readonly path: string; readonly referenceDate?: string };

/**
 * The page of a job's data, read from disk for a `path` job; a job that is not a page, or a file
 * that cannot be read, becomes an error result (it must not be retried: it would fail again).
 */
export async function loadQueuedPage(data: unknown, jobId: string): Promise<PageInput | PageResult> {
  if (typeof data !== "object" || data === null) return pageError(`job ${jobId}`, "invalid-line", "job data is not a page object");
  const { id, text, path, referenceDate } = data as Record<string, unknown>;
  if (typeof id !== "string" || id === "") return pageError(`job ${jobId}`, "invalid-line", 'job has no "id" (a string)');
  if (referenceDate !== undefined && typeof referenceDate !== "string") return pageError(id, "invalid-line", '"referenceDate" must be a string YYYY-MM-DD');
  const date = referenceDate === undefined ? {} : { referenceDate };
  if (typeof text === "string") return { id, text, ...date };
  if (typeof path !== "string") return pageError(id, "invalid-line", 'job has neither "text" nor "path" (a string)');
  return readPageFile(path, id, date);
}

/** A result line as stored in Redis: the batch CLI's line without its "\n". */
export function storedLine(result: PageResult): string {
  return formatResultLine(result).slice(0, -1);
}

/** The error result of a page whose job failed every attempt (a dead letter). */
export function deadLetterResult(id: string, attempts: number, reason: string): PageResult {
  return pageError(id, "internal-error", `the page failed all ${attempts} attempt(s) on the queue workers (last: ${reason}); please report it with the page`);
}

/** Whether a stored line is an error result, read off its head without parsing the graph. */
export function isErrorLine(id: string, line: string): boolean {
  return line.startsWith(`{"id":${JSON.stringify(id)},"error":`);
}
