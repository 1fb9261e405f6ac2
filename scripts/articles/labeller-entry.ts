// The pieces of the library the labeller's training script needs, bundled by it with esbuild.
export { repairLayout, lineStoreOf } from "../../src/stages/1-repair-layout/index.js";
export { splitPieces, pieceOffset, pieceEnd } from "../../src/stages/2-articles/01-pieces.js";
export { markerLexicon } from "../../src/stages/2-articles/markers.js";
export { resolveDictionaries } from "../../src/lexicon/user-dictionaries.js";
export { readByRules, tagLines } from "../../src/stages/2-articles/labeller/index.js";
export { lineFeatures, allowedTags, featureName, featureLayout, oldStylePage, FEATURE_CODES } from "../../src/stages/2-articles/labeller/features.js";
export { ruleTags, mergeTags } from "../../src/stages/2-articles/labeller/merge.js";
export { TAGS, TAG_COUNT, emissionScores, viterbi, marginals } from "../../src/stages/2-articles/labeller/model.js";
export { writeAsciiNumbers } from "../../src/text/ascii-numbers.js";
