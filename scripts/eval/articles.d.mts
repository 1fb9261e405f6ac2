// Types of articles.mjs, for the test that shares its page builder and scorer.
import type { EntityGraph } from "../../src/contracts/graph.js";

export interface PkuPage {
  readonly key: string;
  readonly articles: readonly (readonly string[])[];
  /** Per article, the index of the byline paragraph under its headline, or -1. */
  readonly bylines: readonly number[];
}
export interface ExpectedArticle {
  readonly start: number;
  readonly end: number;
  readonly headline: string | null;
}
export function readPkuPages(corpora: string): PkuPage[];
export function headlineParagraphs(paragraphs: readonly string[], byline?: number): string[];
export function layoutPage(articles: readonly (readonly string[])[], layout: string, bylines?: readonly number[]): { text: string; expected: ExpectedArticle[] };
export function scorePage(graph: EntityGraph, expected: readonly ExpectedArticle[]): { boundaries: number; headlines: number; expected: number; found: number };
export function run(context: { baoxun: unknown; corpora: string }): Promise<void>;
