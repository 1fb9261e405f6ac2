// Simplified → Traditional converters for the dev sets and tests: OpenCC through opencc-js (a dev
// dependency; data Apache-2.0). Phrase level is OpenCC's own s2tw / s2hk (STPhrases, then
// STCharacters, then the regional variants); character level leaves the phrase table out
// (STCharacters, then the variants), so a one-to-many character takes its first Traditional form.
import { Converter, ConverterFactory } from "opencc-js";
import STCharacters from "opencc-js/dict/STCharacters";
import TWVariants from "opencc-js/dict/TWVariants";
import HKVariants from "opencc-js/dict/HKVariants";

/** The four Traditional renderings of a Simplified text, by name. */
export const CONVERSIONS = [
  { name: "s2tw chars", convert: ConverterFactory([STCharacters], [TWVariants]) },
  { name: "s2tw phrases", convert: Converter({ from: "cn", to: "tw" }) },
  { name: "s2hk chars", convert: ConverterFactory([STCharacters], [HKVariants]) },
  { name: "s2hk phrases", convert: Converter({ from: "cn", to: "hk" }) },
];
