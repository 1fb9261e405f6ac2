// Types of sources.mjs, for the test of the generator's gold.
/** Whether a PKU paragraph right under a headline (its words and PKU tags) is a byline, not a subtitle. */
export function isByline(words: readonly (readonly [string, string])[]): boolean;
