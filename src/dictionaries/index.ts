/**
 * The lexicons in `dictionaries/`, inlined at build time and parsed once, on first use.
 * One file per category; each file's source and licence are in dictionaries/README.md.
 */
import collectiveRolesRaw from "../../dictionaries/collective-roles.txt";
import creditMarkersRaw from "../../dictionaries/credit-markers.txt";
import openerSourcesRaw from "../../dictionaries/opener-sources.txt";
import roleTitlesRaw from "../../dictionaries/role-titles.txt";
import surnamesRaw from "../../dictionaries/surnames.txt";
import type { CreditKind } from "../types.js";
import { lazy, parseList } from "./parse-list.js";

export const surnames = lazy(() => new Set(parseList(surnamesRaw)));
export const roleTitles = lazy(() => parseList(roleTitlesRaw));
export const collectiveRoles = lazy(() => parseList(collectiveRolesRaw));
export const openerSources = lazy(() => parseList(openerSourcesRaw));

/** Credit marker → kind, e.g. 通讯员 → correspondent. */
export const creditMarkers = lazy(
  () =>
    new Map(
      parseList(creditMarkersRaw).map((line) => {
        const [marker, kind] = line.split("\t") as [string, CreditKind];
        return [marker, kind] as const;
      }),
    ),
);

/** Escapes a dictionary entry for use inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

/** An alternation of entries, longest first, so that 特约记者 wins over 记者. */
export function alternation(entries: Iterable<string>): string {
  return [...entries].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map(escapeRegExp).join("|");
}
