/**
 * The line labeller: a linear model over per-line features (features.ts) with tag-to-tag
 * transitions, decoded with Viterbi; the probability of each line's tag comes from
 * forward–backward over the same scores divided by a temperature fitted on the training pages,
 * which makes `confidence` a calibrated probability rather than a raw margin.
 * Tags: F furniture (page header, footer, web metadata), K kicker, M main title, T subtitle,
 * B the first line of an article's text, I any other line of it, S a subhead inside it.
 */
import type { LineFeatures } from "./features.js";

export const TAGS = ["F", "K", "M", "T", "B", "I", "S"] as const;
export type Tag = (typeof TAGS)[number];
export const TAG_COUNT = TAGS.length;

/** The headline tags (K, M, T), a bit per tag. */
export const HEADLINE_BITS = TAGS.reduce((bits, tag, t) => (tag === "K" || tag === "M" || tag === "T" ? bits | (1 << t) : bits), 0);
/** Whether tag `t` is a headline part (K, M or T). */
export const isHeadlineTag = (t: number): boolean => (HEADLINE_BITS & (1 << t)) !== 0;

/**
 * Weights as data (weights.ts, written by scripts/articles/train-labeller.mjs), in a compact
 * form: the browser bundle carries them, and as JSON keyed by feature name they were a fifth of it.
 * transitions[from][to], from = TAG_COUNT at the start.
 */
export interface LabellerWeights {
  readonly version: string;
  /** The feature layout the weights were trained for (featureLayout() in features.ts). */
  readonly layout: string;
  readonly temperature: number;
  readonly transitions: readonly (readonly number[])[];
  /** Every feature weight is an integer of `weights` times this. */
  readonly scale: number;
  /**
   * The feature codes that have weights, ascending, as the gaps between them in the ASCII number
   * form of src/text/ascii-numbers.ts (printable, so the bundle keeps it as it is).
   */
  readonly codes: string;
  /**
   * The integer weights, tag by tag (TAGS order), each tag's for every code in `codes`, in the
   * same form, zigzagged (0, -1, 1, -2 … as 0, 1, 2, 3 …).
   */
  readonly weights: string;
}

/** The tag scores of every line (a row of TAG_COUNT per line), from a weight table (weight-table.ts). */
export function emissionScores(features: LineFeatures, table: Float64Array): Float64Array {
  const n = features.count;
  const scores = new Float64Array(n * TAG_COUNT);
  const { codes, start } = features;
  // Seven sums in locals (TAG_COUNT is 7): the inner loop over tags was a fifth of the time.
  for (let i = 0; i < n; i++) {
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0;
    for (let k = start[i]!, end = start[i + 1]!; k < end; k++) {
      const at = codes[k]! * 7;
      s0 += table[at]!;
      s1 += table[at + 1]!;
      s2 += table[at + 2]!;
      s3 += table[at + 3]!;
      s4 += table[at + 4]!;
      s5 += table[at + 5]!;
      s6 += table[at + 6]!;
    }
    const row = i * 7;
    scores[row] = s0;
    scores[row + 1] = s1;
    scores[row + 2] = s2;
    scores[row + 3] = s3;
    scores[row + 4] = s4;
    scores[row + 5] = s5;
    scores[row + 6] = s6;
  }
  return scores;
}

/** The best tag sequence (indexes into TAGS). */
export function viterbi(scores: Float64Array, n: number, transitions: readonly (readonly number[])[], allowed?: Uint8Array): Uint8Array {
  if (allowed) mask(scores, allowed);
  const tags = new Uint8Array(n);
  if (n === 0) return tags;
  const back = new Uint8Array(n * TAG_COUNT);
  let prev = new Float64Array(TAG_COUNT);
  let cur = new Float64Array(TAG_COUNT);
  for (let t = 0; t < TAG_COUNT; t++) prev[t] = transitions[TAG_COUNT]![t]! + scores[t]!;
  for (let i = 1; i < n; i++) {
    for (let t = 0; t < TAG_COUNT; t++) {
      let best = -Infinity;
      let arg = 0;
      for (let s = 0; s < TAG_COUNT; s++) {
        const v = prev[s]! + transitions[s]![t]!;
        if (v > best) {
          best = v;
          arg = s;
        }
      }
      cur[t] = best + scores[i * TAG_COUNT + t]!;
      back[i * TAG_COUNT + t] = arg;
    }
    [prev, cur] = [cur, prev];
  }
  let arg = 0;
  for (let t = 1; t < TAG_COUNT; t++) if (prev[t]! > prev[arg]!) arg = t;
  tags[n - 1] = arg;
  for (let i = n - 1; i > 0; i--) tags[i - 1] = back[i * TAG_COUNT + tags[i]!]!;
  return tags;
}

/** A tag a line may not take (bit t of allowed[i] clear) scores -Infinity. */
function mask(scores: Float64Array, allowed: Uint8Array): void {
  for (let i = 0; i < allowed.length; i++) {
    const bits = allowed[i]!;
    if (bits === ALL_TAGS) continue;
    for (let t = 0; t < TAG_COUNT; t++) if ((bits & (1 << t)) === 0) scores[i * TAG_COUNT + t] = -Infinity;
  }
}

/** Every tag allowed. */
export const ALL_TAGS = (1 << TAG_COUNT) - 1;

/**
 * Per line and tag, the probability of the tag (forward–backward at the model's temperature).
 * Scaled in probability space, each step normalised, rather than in log space: 7 exponentials a
 * line instead of about a hundred (log-sum-exp over every tag pair took a quarter of
 * detectArticles); every line's scores are shifted by their maximum first, so nothing overflows.
 */
export function marginals(scores: Float64Array, n: number, transitions: readonly (readonly number[])[], temperature: number, allowed?: Uint8Array): Float64Array {
  if (allowed) mask(scores, allowed);
  const T = TAG_COUNT;
  const k = 1 / temperature;
  const step = new Float64Array(T * T);
  for (let s = 0; s < T; s++) for (let t = 0; t < T; t++) step[s * T + t] = Math.exp(k * transitions[s]![t]!);
  const emit = new Float64Array(n * T);
  for (let i = 0; i < n; i++) {
    let max = -Infinity;
    for (let t = 0; t < T; t++) if (scores[i * T + t]! > max) max = scores[i * T + t]!;
    // A line with every tag masked keeps zeros: its probabilities come out 0, never NaN.
    if (max === -Infinity) continue;
    for (let t = 0; t < T; t++) emit[i * T + t] = Math.exp(k * (scores[i * T + t]! - max));
  }
  const alpha = new Float64Array(n * T);
  const beta = new Float64Array(n * T);
  for (let t = 0; t < T; t++) alpha[t] = Math.exp(k * transitions[T]![t]!) * emit[t]!;
  normalise(alpha, 0);
  for (let i = 1; i < n; i++) {
    for (let t = 0; t < T; t++) {
      let sum = 0;
      for (let s = 0; s < T; s++) sum += alpha[(i - 1) * T + s]! * step[s * T + t]!;
      alpha[i * T + t] = sum * emit[i * T + t]!;
    }
    normalise(alpha, i * T);
  }
  if (n > 0) for (let t = 0; t < T; t++) beta[(n - 1) * T + t] = 1;
  for (let i = n - 2; i >= 0; i--) {
    for (let s = 0; s < T; s++) {
      let sum = 0;
      for (let t = 0; t < T; t++) sum += step[s * T + t]! * emit[(i + 1) * T + t]! * beta[(i + 1) * T + t]!;
      beta[i * T + s] = sum;
    }
    normalise(beta, i * T);
  }
  const out = new Float64Array(n * T);
  for (let i = 0; i < n; i++) {
    for (let t = 0; t < T; t++) out[i * T + t] = alpha[i * T + t]! * beta[i * T + t]!;
    normalise(out, i * T);
  }
  return out;
}

/** Divides the TAG_COUNT values from `at` by their sum (left as they are when it is 0). */
function normalise(values: Float64Array, at: number): void {
  let sum = 0;
  for (let t = 0; t < TAG_COUNT; t++) sum += values[at + t]!;
  if (sum === 0) return;
  for (let t = 0; t < TAG_COUNT; t++) values[at + t] = values[at + t]! / sum;
}
