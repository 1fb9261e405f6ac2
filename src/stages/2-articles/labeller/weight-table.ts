/**
 * The labeller's weights as a flat table indexed by feature code (features.ts): scoring a line
 * adds rows of it, with no feature name built or looked up per line.
 */
import { FEATURE_CODES, featureLayout } from "./features.js";
import { TAG_COUNT, type LabellerWeights } from "./model.js";

/** Built once per weights object, on the first page. */
const tables = new WeakMap<LabellerWeights, Float64Array>();

/** The weights of every feature code, TAG_COUNT a code (0 for a feature the weights lack). */
export function weightTable(weights: LabellerWeights): Float64Array {
  let table = tables.get(weights);
  if (table) return table;
  table = decodeWeights(weights);
  tables.set(weights, table);
  return table;
}

/** Reads the compact form of model.ts into a table; throws on weights trained for other features. */
function decodeWeights(weights: LabellerWeights): Float64Array {
  // Codes are positions in the feature layout: weights trained for another one would score nonsense.
  if (weights.layout !== featureLayout()) {
    throw new Error(`labeller weights ${weights.version} were trained for feature layout ${weights.layout}, not ${featureLayout()}: retrain with scripts/articles/train-labeller.mjs`);
  }
  const table = new Float64Array(FEATURE_CODES * TAG_COUNT);
  const codes: number[] = [];
  let code = 0;
  for (const gap of weights.codes.split(",")) codes.push((code += parseInt(gap, 36)));
  const rows = weights.weights.split("\n");
  for (let t = 0; t < TAG_COUNT; t++) {
    const values = rows[t]!.split(",");
    for (let i = 0; i < codes.length; i++) table[codes[i]! * TAG_COUNT + t] = Number(values[i]) * weights.scale;
  }
  return table;
}
