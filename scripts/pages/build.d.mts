// Types of build.mjs, for the test that reads ecpo-jingbao's pages as the evaluation builds them.
import type { PageGold } from "./score.mjs";

export const corpora: string;
export const KINDS: readonly string[];
/** ecpo-jingbao's real pages of one split (odd days train, even days dev), with their gold. */
export function jingbaoPages(split: "train" | "dev"): { text: string; gold: PageGold }[];
export function build(options?: { out?: string; splits?: readonly string[]; kinds?: readonly string[]; log?: (line: string) => void }): Promise<void>;
