/**
 * The labeller's weights as a flat table indexed by feature code (features.ts): scoring a line
 * adds rows of it, with no feature name built or looked up per line.
 */
import { FEATURE_CODES, featureCode } from "./features.js";
import { TAG_COUNT, type LabellerWeights } from "./model.js";

/** Built once per weights object, on the first page. */
const tables = new WeakMap<LabellerWeights, Float64Array>();

/** The weights of every feature code, TAG_COUNT a code (0 for a feature the weights lack). */
export function weightTable(weights: LabellerWeights): Float64Array {
  let table = tables.get(weights);
  if (table) return table;
  table = new Float64Array(FEATURE_CODES * TAG_COUNT);
  for (const name in weights.features) {
    const code = featureCode(name);
    if (code < 0) continue;
    const w = weights.features[name]!;
    for (let t = 0; t < TAG_COUNT; t++) table[code * TAG_COUNT + t] = w[t]!;
  }
  tables.set(weights, table);
  return table;
}
