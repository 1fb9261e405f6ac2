/**
 * User dictionaries: entries a caller adds to the built-in lexicons through
 * `extract(text, { dictionaries })`, so that a local newspaper's offices, its county's
 * organizations or a rare surname are found without forking the package.
 */
import { BaoxunError } from "../errors.js";
import { LAYOUT_CHARACTER } from "../text/mapped-text.js";
import { foldTraditional } from "../text/fold-traditional.js";
import type { CreditKind } from "../contracts/graph.js";
import type { CreditMarkerPlace, ResolvedDictionaries, UserDictionaries } from "../contracts/lexicon.js";

export type { ResolvedDictionaries, UserDictionaries } from "../contracts/lexicon.js";
import { creditMarkerPlaces, creditMarkers, honorifics, notNames, orgSuffixes, outletSuffixes, photoSources, roleTitles, surnames } from "./dictionaries.js";
import { lazy } from "./parse-list.js";

const LIST_KEYS = ["surnames", "roleTitles", "organizations", "organizationSuffixes", "notNames", "persons", "outletSuffixes", "honorifics", "photoSources"] as const;
const KEYS: readonly string[] = [...LIST_KEYS, "creditMarkers"];
/**
 * Every CreditKind, written out rather than read from CreditKindSchema, whose import would load
 * TypeBox at run time; as a Record, a kind added to or missing from the schema fails to compile.
 */
const CREDIT_KIND_SET: Readonly<Record<CreditKind, true>> = {
  reporter: true,
  correspondent: true,
  photographer: true,
  compiler: true,
  editor: true,
  intern: true,
  author: true,
  other: true,
};
const CREDIT_KINDS: readonly string[] = Object.keys(CREDIT_KIND_SET);
/** Every CreditMarkerPlace, as a Record for the same reason. */
const PLACE_SET: Readonly<Record<CreditMarkerPlace, true>> = { before: true, after: true, inline: true, "photo-end": true, "column-end": true, editor: true };
const PLACES: readonly string[] = Object.keys(PLACE_SET);
/** Where a caller's credit word given only with its kind stands: before the names, in every way a leading word is written. */
const DEFAULT_PLACES: readonly CreditMarkerPlace[] = ["before", "inline"];
const MAX_ENTRY_LENGTH = 64;

/**
 * Checks a value (e.g. parsed from a JSON file) against {@link UserDictionaries} and returns it
 * typed. `source` names it in messages.
 *
 * @throws {BaoxunError} `invalid-option`, naming the key and the entry.
 * @example
 * ```ts
 * parseUserDictionaries({ surnames: ["禤"] }, "my.json"); // => { surnames: ["禤"] }
 * parseUserDictionaries({ surname: ["禤"] }, "my.json");
 * // throws BaoxunError: my.json: unknown dictionary "surname"; known: surnames, roleTitles, …
 * ```
 */
export function parseUserDictionaries(value: unknown, source = "dictionaries"): UserDictionaries {
  const fail = (message: string): never => {
    throw new BaoxunError("invalid-option", `${source}: ${message}`);
  };
  if (typeof value !== "object" || value === null || Array.isArray(value)) return fail("must be an object of lists");
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) if (!KEYS.includes(key)) fail(`unknown dictionary "${key}"; known: ${KEYS.join(", ")}`);
  for (const key of LIST_KEYS) {
    const list = record[key];
    if (list === undefined) continue;
    if (!Array.isArray(list)) fail(`"${key}" must be a list of strings`);
    for (const entry of list as unknown[]) checkEntry(entry, key, fail);
    if (key === "surnames") for (const entry of list as string[]) if ([...entry].length > 2) fail(`surname "${entry}" is longer than two characters`);
  }
  const markers = record.creditMarkers;
  if (markers !== undefined) {
    if (typeof markers !== "object" || markers === null || Array.isArray(markers)) fail(`"creditMarkers" must map a marker to a credit kind`);
    for (const [marker, kind] of Object.entries(markers as Record<string, unknown>)) {
      checkEntry(marker, "creditMarkers", fail);
      const given = typeof kind === "object" && kind !== null ? (kind as { kind?: unknown; places?: unknown }) : { kind, places: DEFAULT_PLACES };
      if (typeof given.kind !== "string" || !CREDIT_KINDS.includes(given.kind)) fail(`credit marker "${marker}" has kind ${JSON.stringify(given.kind)}; use one of ${CREDIT_KINDS.join(", ")}`);
      const places = given.places;
      if (!Array.isArray(places) || places.length === 0 || places.some((p) => !PLACES.includes(p as string))) {
        fail(`credit marker "${marker}" has places ${JSON.stringify(places)}; use some of ${PLACES.join(", ")}`);
      }
    }
  }
  return value as UserDictionaries;
}

function checkEntry(entry: unknown, key: string, fail: (message: string) => never): void {
  if (typeof entry !== "string" || entry === "") fail(`"${key}" has an entry that is not a non-empty string: ${JSON.stringify(entry)}`);
  const text = entry as string;
  if (LAYOUT_CHARACTER.test(text)) fail(`"${key}" entry ${JSON.stringify(text)} contains whitespace`);
  if (text.length > MAX_ENTRY_LENGTH) fail(`"${key}" entry "${text.slice(0, 16)}…" is longer than ${MAX_ENTRY_LENGTH} characters`);
}

const resolved = new WeakMap<UserDictionaries, ResolvedDictionaries>();
/** The built-in dictionaries alone, as one set: the set of every call that adds none. */
const builtIn = lazy(
  (): ResolvedDictionaries => ({
    surnames: surnames(),
    roleTitles: roleTitles(),
    organizations: [],
    organizationSuffixes: orgSuffixes(),
    creditMarkers: creditMarkers(),
    creditMarkerPlaces: creditMarkerPlaces(),
    notNames: notNames(),
    persons: [],
    outletSuffixes: outletSuffixes(),
    honorifics: honorifics(),
    photoSources: photoSources(),
  }),
);

/**
 * The built-in dictionaries merged with `user` (checked with {@link parseUserDictionaries}).
 * Memoised per `user` object, so that extracting many pages with one options object merges once;
 * the stages compile their matchers from the result and may key their own caches on it.
 *
 * @throws {BaoxunError} `invalid-option` for a malformed entry.
 * @example
 * ```ts
 * resolveDictionaries({ surnames: ["禤"] }).surnames.has("禤"); // => true
 * resolveDictionaries().surnames.has("王");                     // => true
 * // Resolved once per object: two equal objects are two resolutions.
 * resolveDictionaries({ roleTitles: ["网格长"] }) === resolveDictionaries({ roleTitles: ["网格长"] }); // => false
 * ```
 */
export function resolveDictionaries(user?: UserDictionaries): ResolvedDictionaries {
  if (user === undefined) return builtIn();
  const cached = resolved.get(user);
  if (cached) return cached;
  parseUserDictionaries(user);
  const base = builtIn();
  // Entries in either script: the stages read the page folded to Simplified (臺北市議會 as 台北市议会).
  const folded = (list: readonly string[] | undefined) => list?.map(foldTraditional);
  const userMarkers = Object.entries(user.creditMarkers ?? {}).map(([marker, given]) => [foldTraditional(marker), given] as const);
  const merged: ResolvedDictionaries = {
    surnames: new Set([...base.surnames, ...(folded(user.surnames) ?? [])]),
    roleTitles: union(base.roleTitles, folded(user.roleTitles)),
    organizations: union(base.organizations, folded(user.organizations)),
    organizationSuffixes: union(base.organizationSuffixes, folded(user.organizationSuffixes)),
    // A caller's marker wins over a built-in one of the same spelling.
    creditMarkers: new Map([...base.creditMarkers, ...userMarkers.map(([marker, given]) => [marker, typeof given === "string" ? given : given.kind] as const)]),
    // A word given with its kind only keeps the places of a built-in word of the same spelling.
    creditMarkerPlaces: new Map([
      ...base.creditMarkerPlaces,
      ...userMarkers.map(([marker, given]) => [marker, typeof given === "string" ? (base.creditMarkerPlaces.get(marker) ?? DEFAULT_PLACES) : given.places] as const),
    ]),
    notNames: new Set([...base.notNames, ...(folded(user.notNames) ?? [])]),
    persons: union(base.persons, folded(user.persons)),
    outletSuffixes: union(base.outletSuffixes, folded(user.outletSuffixes)),
    honorifics: union(base.honorifics, folded(user.honorifics)),
    photoSources: union(base.photoSources, folded(user.photoSources)),
  };
  resolved.set(user, merged);
  return merged;
}

function union(base: readonly string[], added: readonly string[] | undefined): readonly string[] {
  if (added === undefined || added.length === 0) return base;
  const seen = new Set(base);
  return [...base, ...added.filter((entry) => !seen.has(entry) && (seen.add(entry), true))];
}
