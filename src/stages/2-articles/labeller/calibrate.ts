/**
 * Calibrated confidence: a raw confidence (the least sure line's probability under the
 * labeller) read through a monotone table fitted on held-out training pages (calibration.ts),
 * so that a confidence of 0.9 means about nine in ten such articles were right there.
 */
import { ARTICLE_CALIBRATION, HEADLINE_CALIBRATION } from "./calibration.js";

function lookup(table: readonly (readonly [number, number])[], raw: number): number {
  if (table.length === 0) return raw;
  let value = table[0]![1];
  // An index loop: destructuring each row through for…of allocated an iterator result per step.
  for (let i = 0; i < table.length; i++) {
    if (raw < table[i]![0]) break;
    value = table[i]![1];
  }
  return value;
}

/** An article's calibrated confidence. */
export function articleConfidence(raw: number): number {
  return lookup(ARTICLE_CALIBRATION, raw);
}

/** A headline's calibrated confidence. */
export function headlineConfidence(raw: number): number {
  return lookup(HEADLINE_CALIBRATION, raw);
}
