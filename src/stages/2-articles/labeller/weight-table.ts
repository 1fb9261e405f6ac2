/**
 * The labeller's weights as a flat table indexed by feature code (features.ts): scoring a line
 * adds rows of it, with no feature name built or looked up per line.
 */
import { FEATURE_CODES, featureLayout } from "./features.js";
import { TAG_COUNT, type LabellerWeights } from "./model.js";
import { readAsciiNumbers } from "../../../text/ascii-numbers.js";

/** The form of weights this module reads (model.ts): 4, ASCII numbers. */
const WEIGHTS_VERSION = "4";

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
  if (weights.version !== WEIGHTS_VERSION) {
    throw new Error(`labeller weights ${weights.version} are in another form than version ${WEIGHTS_VERSION}: retrain with scripts/articles/train-labeller.mjs`);
  }
  const table = new Float64Array(FEATURE_CODES * TAG_COUNT);
  const codes: number[] = [];
  let code = 0;
  readAsciiNumbers(weights.codes, (gap) => codes.push((code += gap)));
  let i = 0;
  readAsciiNumbers(weights.weights, (zigzag) => {
    const t = Math.floor(i / codes.length);
    const value = zigzag & 1 ? -(zigzag + 1) / 2 : zigzag / 2;
    table[codes[i % codes.length]! * TAG_COUNT + t] = value * weights.scale;
    i++;
  });
  return table;
}
