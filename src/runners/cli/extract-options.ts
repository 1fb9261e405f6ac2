import { readFile } from "node:fs/promises";
import { parseUserDictionaries } from "../../lexicon/user-dictionaries.js";
import { extract } from "../../extract.js";
import type { ExtractOptions } from "../../contracts/options.js";
import { UsageError } from "./failures.js";
import { describeFsError } from "./inputs.js";

/** The command-line flags that become {@link ExtractOptions}. */
export interface ExtractFlags {
  readonly "reference-date"?: string;
  readonly dictionaries?: string;
}

/**
 * The extract options of `--reference-date` and `--dictionaries FILE.json`, checked now, so that
 * a bad date or dictionary file is one usage error rather than an error line per page.
 */
export async function extractOptions(flags: ExtractFlags): Promise<ExtractOptions> {
  const referenceDate = flags["reference-date"];
  if (referenceDate !== undefined) extract("", { referenceDate });
  if (flags.dictionaries === undefined) return referenceDate === undefined ? {} : { referenceDate };
  const path = flags.dictionaries;
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, "utf8"));
  } catch (error) {
    const why = error instanceof SyntaxError ? `not JSON (${error.message})` : describeFsError(error);
    throw new UsageError(`cannot read dictionaries ${path}: ${why}`);
  }
  const dictionaries = parseUserDictionaries(json, path);
  return referenceDate === undefined ? { dictionaries } : { referenceDate, dictionaries };
}
