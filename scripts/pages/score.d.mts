// Types of score.mjs, for the tests that score pages as the evaluation does.
import type { EntityGraph } from "../../src/contracts/graph.js";

interface Span {
  readonly start: number;
  readonly end: number;
}
/** A page's gold as build.mjs writes it (<page id>.gold.json). */
export interface PageGold {
  readonly id: string;
  readonly kind: string;
  readonly split: string;
  readonly articles: readonly { readonly id: string; readonly span: Span; readonly outer: Span; readonly [key: string]: unknown }[];
  readonly furniture: readonly unknown[];
  readonly unaligned: readonly unknown[];
  readonly ignore: readonly Span[];
}
/** Running counts over pages (the evaluation's table is made of them). */
export interface Tally {
  gold: number;
  found: number;
  exact: number;
  overlap: number;
  pages: number;
  [count: string]: number;
}
export function emptyTally(): Tally;
export function scoreGraph(graph: EntityGraph, text: string, gold: PageGold, tally?: Tally, options?: { judge?: boolean }): unknown;
export function tallyRow(kind: string, tally: Tally): string;
export const TABLE_HEAD: readonly string[];
