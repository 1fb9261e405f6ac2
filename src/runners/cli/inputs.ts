import { createReadStream } from "node:fs";
import { lstat, readdir, readFile, stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import { parsePageLine } from "../batch/lines.js";
import { pageError, type PageInput, type PageResult } from "../batch/page-result.js";
import { decodePage } from "./decode-page.js";

/** One input page, read lazily so that only the pages in flight are in memory. */
export interface Job {
  readonly id: string;
  load(): Promise<PageInput | PageResult>;
}

/** What `baoxun extract` was given: text files, JSON Lines files, folders, or standard input. */
export type InputSpec =
  | { readonly kind: "text"; readonly path: string }
  | { readonly kind: "jsonl"; readonly path: string }
  | { readonly kind: "stdin-jsonl" };

const JSONL = /\.(jsonl|ndjson)$/i;
const TEXT = /\.txt$/i;

/** A user mistake found before any page is read: a path that does not exist or cannot be read. */
export class InputError extends Error {}

/**
 * Expands the command line's paths into input files, in a stable order: folders are walked
 * recursively (sorted by name, hidden entries skipped) for *.txt pages and *.jsonl / *.ndjson page
 * lists; a file named on the command line is read whatever its extension, as JSON Lines when it
 * ends in .jsonl / .ndjson or when `allJsonl` (`--jsonl`) is set. `exclude` (the output file) is
 * never read as input.
 */
export async function expandInputs(paths: readonly string[], allJsonl: boolean, exclude: string | null): Promise<InputSpec[]> {
  const specs: InputSpec[] = [];
  const excluded = exclude === null ? null : resolve(exclude);
  for (const path of paths) {
    if (path === "-") {
      specs.push({ kind: "stdin-jsonl" });
      continue;
    }
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      throw new InputError(`cannot read ${path}: ${describeFsError(error)}`);
    }
    if (info.isDirectory()) {
      for (const file of await walk(path)) {
        if (resolve(file) === excluded) continue;
        if (JSONL.test(file)) specs.push({ kind: "jsonl", path: file });
        else if (TEXT.test(file)) specs.push({ kind: allJsonl ? "jsonl" : "text", path: file });
      }
    } else if (resolve(path) !== excluded) {
      specs.push({ kind: allJsonl || JSONL.test(path) ? "jsonl" : "text", path });
    }
  }
  return specs;
}

async function walk(dir: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    throw new InputError(`cannot read ${dir}: ${describeFsError(error)}`);
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue;
    const path = join(dir, entry.name);
    // Symbolic links to folders are not followed: no cycles, no walking out of the archive. A
    // broken link is kept, so that it gets its error line rather than vanishing from the results.
    if (entry.isDirectory()) files.push(...(await walk(path)));
    else if (entry.isFile()) files.push(path);
    else if (entry.isSymbolicLink()) {
      const target = await stat(path).catch(() => null);
      if (target === null || target.isFile()) files.push(path);
    }
  }
  return files;
}

/** The pages of the inputs, in order; `stdin` is the byte stream read for `-`. */
export async function* jobsOf(specs: readonly InputSpec[], stdin: AsyncIterable<Uint8Array | string>): AsyncGenerator<Job> {
  for (const spec of specs) {
    if (spec.kind === "text") {
      const path = spec.path;
      yield { id: path, load: () => readTextPage(path) };
    } else {
      const name = spec.kind === "jsonl" ? spec.path : "-";
      const bytes = spec.kind === "jsonl" ? createReadStream(spec.path) : stdin;
      let lineNumber = 0;
      for await (const line of splitLines(bytes)) {
        lineNumber++;
        const fallbackId = `${name}:${lineNumber}`;
        const parsed = parseLine(line, fallbackId);
        if (parsed === null) continue; // a blank line is no page
        yield { id: parsed.id, load: async () => parsed };
      }
    }
  }
}

/** How many pages the inputs hold, for the progress bar: text files plus non-blank JSON Lines. */
export async function countPages(specs: readonly InputSpec[]): Promise<number> {
  let count = 0;
  for (const spec of specs) {
    if (spec.kind === "text") count++;
    else if (spec.kind === "jsonl") for await (const line of splitLines(createReadStream(spec.path))) if (!isBlank(line)) count++;
  }
  return count;
}

function parseLine(bytes: Uint8Array, fallbackId: string): PageInput | PageResult | null {
  if (isBlank(bytes)) return null;
  let line: string;
  try {
    line = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return pageError(fallbackId, "not-utf8", `line is not valid UTF-8`);
  }
  return parsePageLine(line, fallbackId);
}

function isBlank(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b !== 0x20 && b !== 0x09 && b !== 0x0d) return false;
  return true;
}

function readTextPage(path: string): Promise<PageInput | PageResult> {
  return readPageFile(path, path);
}

/**
 * A text file as the page `id` (with its `referenceDate`, if any): read and decoded as UTF-8, or an
 * error result that says why not. Shared by the batch CLI and the queue workers.
 */
export async function readPageFile(path: string, id: string, date: { readonly referenceDate?: string } = {}): Promise<PageInput | PageResult> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const broken = (error as NodeJS.ErrnoException).code === "ENOENT" && (await lstat(path).catch(() => null))?.isSymbolicLink() === true;
    return pageError(id, "read-error", `cannot read ${path}: ${broken ? "broken symbolic link" : describeFsError(error)}`);
  }
  const decoded = decodePage(bytes);
  return "error" in decoded ? pageError(id, "not-utf8", `${path} ${decoded.error}`) : { id, text: decoded.text, ...date };
}

/** Splits a byte stream into lines (without "\n" or a trailing "\r"); the last line may lack "\n". */
export async function* splitLines(chunks: AsyncIterable<Uint8Array | string>): AsyncGenerator<Uint8Array> {
  let pending: Buffer[] = [];
  for await (const chunk of chunks) {
    const buffer = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    let from = 0;
    for (let at = buffer.indexOf(0x0a, from); at >= 0; at = buffer.indexOf(0x0a, from)) {
      pending.push(buffer.subarray(from, at));
      yield trimCr(pending.length === 1 ? pending[0]! : Buffer.concat(pending));
      pending = [];
      from = at + 1;
    }
    if (from < buffer.length) pending.push(Buffer.from(buffer.subarray(from)));
  }
  if (pending.length > 0) yield trimCr(Buffer.concat(pending));
}

function trimCr(line: Buffer): Buffer {
  return line.length > 0 && line[line.length - 1] === 0x0d ? line.subarray(0, line.length - 1) : line;
}

/** A short reason for a failed file operation. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a directory" : code === "EACCES" ? "permission denied" : code ?? "cannot read";
}
