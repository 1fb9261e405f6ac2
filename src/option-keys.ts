import { BaoxunError } from "./errors.js";

/**
 * Refuses an options object with a key `known` lacks: in plain JavaScript a misspelt option
 * (`refernceDate`, `boom`) would be ignored, and the caller get what they did not ask for. `known`
 * is a `Record` over the options type's keys, so that the compiler refuses an option added to the
 * type but not there. Only the object's own keys are read.
 *
 * @example
 * ```ts
 * checkOptionKeys("toCsv()", { bom: true }, { bom: true, escapeFormulas: true }); // returns
 * checkOptionKeys("toCsv()", { boom: true }, { bom: true, escapeFormulas: true });
 * // throws BaoxunError: unknown option "boom" (did you mean "bom"?); toCsv() takes bom, escapeFormulas
 * ```
 */
export function checkOptionKeys(caller: string, options: unknown, known: Readonly<Record<string, true>>): void {
  if (options === undefined) return;
  if (typeof options !== "object" || options === null) throw new BaoxunError("invalid-option", `${caller}'s options must be an object`);
  const unknown = Object.keys(options).filter((key) => !Object.hasOwn(known, key));
  if (unknown.length === 0) return;
  const [first] = unknown as [string];
  const keys = Object.keys(known);
  const near = keys.find((key) => editDistance(key.toLowerCase(), first.toLowerCase()) <= Math.max(2, Math.floor(key.length / 4)));
  throw new BaoxunError(
    "invalid-option",
    `unknown option ${unknown.map((key) => JSON.stringify(key)).join(", ")}${near ? ` (did you mean "${near}"?)` : ""}; ${caller} takes ${keys.join(", ")}`,
  );
}

/** Levenshtein distance; only ever run on option names, a few characters long. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}
