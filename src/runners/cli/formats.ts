import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { EntityGraph } from "../../contracts/graph.js";
import { toCsv, toGraphml, toJsonLines, toNodeLink, type CsvTableName } from "../../outputs/export/index.js";
import { formatSummary } from "../../outputs/format-summary/index.js";
import { toHtml } from "../../outputs/render-html/index.js";
import { UsageError } from "./failures.js";

/** What `baoxun extract FILE --format …` can print for one page. */
export const PAGE_FORMATS = ["json", "summary", "html", "csv", "jsonl", "node-link", "graphml"] as const;
export type PageFormat = (typeof PAGE_FORMATS)[number];

/** The tables of `--format csv`, as `toCsv` names them. */
export const CSV_TABLES: readonly CsvTableName[] = ["articles", "persons", "organizations", "mentions", "roles", "credits", "dates", "diagnostics"];

/** Where `--format csv` goes: one table on stdout (`--table`), or every table into a folder (`--out-dir`). */
export interface CsvTarget {
  readonly table?: string;
  readonly outDir?: string;
}

export function checkPageFormat(format: string): PageFormat {
  if ((PAGE_FORMATS as readonly string[]).includes(format)) return format as PageFormat;
  throw new UsageError(`--format must be one of ${PAGE_FORMATS.join(", ")}, got "${format}"`);
}

/**
 * Checks the csv flags before any page is read: csv is several tables, so it needs `--table NAME`
 * (one table on stdout) or `--out-dir DIR` (DIR/<table>.csv for every table), not both; the other
 * formats take neither.
 */
export function checkCsvTarget(format: PageFormat, target: CsvTarget): void {
  const given = target.table !== undefined ? "--table" : target.outDir !== undefined ? "--out-dir" : null;
  if (format !== "csv") {
    if (given !== null) throw new UsageError(`${given} is for --format csv`);
    return;
  }
  if (target.table !== undefined && target.outDir !== undefined) throw new UsageError("--table and --out-dir exclude each other: one table on stdout, or every table into a folder");
  if (given === null) throw new UsageError(`--format csv is several tables: pass --table ${CSV_TABLES.join("|")} (one on stdout) or --out-dir DIR (all of them)`);
  if (target.table !== undefined && !(CSV_TABLES as readonly string[]).includes(target.table)) {
    throw new UsageError(`--table must be one of ${CSV_TABLES.join(", ")}, got "${target.table}"`);
  }
}

/**
 * One page's graph in `format`, as the API's exporters write it (the same escaping: `toCsv`
 * guards spreadsheet formulas, `toGraphml` escapes for XML). For csv with `--out-dir`, writes
 * the tables and returns "" (nothing for stdout).
 */
export async function renderPage(format: PageFormat, graph: EntityGraph, text: string, csv: CsvTarget = {}): Promise<string> {
  switch (format) {
    case "json":
      return `${JSON.stringify(graph, null, 2)}\n`;
    case "summary":
      return formatSummary(graph);
    case "html":
      return toHtml(graph, text);
    case "jsonl":
      return toJsonLines(graph);
    case "node-link":
      return `${JSON.stringify(toNodeLink(graph))}\n`;
    case "graphml":
      return toGraphml(graph);
    case "csv": {
      const tables = toCsv(graph);
      if (csv.outDir === undefined) return tables[csv.table as CsvTableName];
      await mkdir(csv.outDir, { recursive: true });
      for (const name of CSV_TABLES) await writeFile(join(csv.outDir, `${name}.csv`), tables[name]);
      return "";
    }
  }
}
