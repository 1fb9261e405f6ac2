// Types of build.mjs, for the test that reads ecpo-jingbao's pages as the evaluation builds them.
import type { PageGold } from "./score.mjs";

export const corpora: string;
export const KINDS: readonly string[];
/** ecpo-jingbao's real pages of one split (even days dev, days 3, 7, 11 … tune, the other odd days train), with their gold. */
export function jingbaoPages(split: "train" | "tune" | "dev"): { text: string; gold: PageGold }[];
export function build(options?: { out?: string; splits?: readonly string[]; kinds?: readonly string[]; log?: (line: string) => void }): Promise<void>;
