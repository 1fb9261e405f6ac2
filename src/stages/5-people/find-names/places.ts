/**
 * Places of a text: strings it writes before a place's suffix (吕梁地区, 德班港), which are no
 * person's name anywhere in that text, however they read.
 */
import type { WhoLexicon } from "../../../lexicon/who-lexicon.js";

/**
 * What follows a place's name (吕梁地区, 德班港, 南京市, 南非共和国, 苏丹人民), unless an office
 * starts there (市长, 县委) or 里 makes it a locative (县里, "in the county"). Not 省: 省下, 省钱 are
 * verbs; not 政府: 克林顿政府 is a president's.
 */
const PLACE_SUFFIXES = ["地区", "市", "县", "港", "共和国", "人民"];

/**
 * The strings of two to four characters that `text` writes before a place suffix (吕梁 in 吕梁地区,
 * 德班 in 德班港, 苏丹 in 苏丹人民): places of this text, so no name the model reads alone nor one
 * before a title (苏丹总统). Null when there is none.
 */
export function placesNamed(lex: WhoLexicon, text: string): Set<string> | null {
  let places: Set<string> | null = null;
  for (const suffix of PLACE_SUFFIXES) {
    for (let at = text.indexOf(suffix, 2); at >= 0; at = text.indexOf(suffix, at + 1)) {
      if (lex.titles.startingAt(text, at) !== "" || text.charCodeAt(at + suffix.length) === 0x91cc /* 里 */) continue;
      for (let length = 2; length <= 4 && length <= at; length++) (places ??= new Set()).add(text.slice(at - length, at));
    }
  }
  return places;
}

