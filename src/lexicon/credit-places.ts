import type { CreditMarkerPlace, ResolvedDictionaries } from "../contracts/lexicon.js";

/**
 * The credit markers whose places (dictionaries/credit-markers.txt, a caller's creditMarkers)
 * satisfy `where`, in the set's order: every list of credit words a stage reads is one of these.
 *
 * @example
 * ```ts
 * markersWhere(resolveDictionaries(), (places) => places.includes("photo-end")); // => ["摄", "摄影", "摄影报道"]
 * ```
 */
export function markersWhere(d: ResolvedDictionaries, where: (places: readonly CreditMarkerPlace[]) => boolean): string[] {
  const found: string[] = [];
  for (const [marker, places] of d.creditMarkerPlaces) if (where(places)) found.push(marker);
  return found;
}
