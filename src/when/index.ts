import type { SegmentedPage, WhenResult } from "../stage-types.js";

/** Options of {@link extractWhen}. */
export interface ExtractWhenOptions {
  readonly referenceDate?: string;
}

/** When: every date and time expression of a segmented page, resolved against the page date. */
export function extractWhen(_page: SegmentedPage, options: ExtractWhenOptions = {}): WhenResult {
  return {
    dates: [],
    referenceDate: options.referenceDate ?? null,
    referenceDateSource: options.referenceDate ? "option" : null,
    diagnostics: [],
  };
}
