import type { SegmentedPage, WhoResult } from "../stage-types.js";

/** Who: credits, persons, organizations and person–role pairs of a segmented page. */
export function extractWho(_page: SegmentedPage): WhoResult {
  return { persons: [], organizations: [], roles: [], credits: [], diagnostics: [] };
}
