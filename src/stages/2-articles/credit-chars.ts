/**
 * The character classes of credit lines and report openers, on code units, as the expressions that
 * credit-grammar.ts, opener-grammar.ts and markers.ts replaced wrote them. Their Han class is
 * [\u3400-\u4dbf\u4e00-\u9fff]: the Yijing hexagrams between the two blocks are not Han.
 */
import { isRegExpSpace } from "../../text/char-sets.js";

/** [\u3400-\u4dbf\u4e00-\u9fff]; false for NaN (a position past either end). */
export function isHan(code: number): boolean {
  return (code >= 0x3400 && code <= 0x4dbf) || (code >= 0x4e00 && code <= 0x9fff);
}

/** [（(] */
export function isOpenBracket(code: number): boolean {
  return code === 0xff08 || code === 0x28;
}

/** [）)] */
export function isCloseBracket(code: number): boolean {
  return code === 0xff09 || code === 0x29;
}

/** [：:/／\s]: what may follow a credit marker. */
export function isMarkerSeparator(code: number): boolean {
  return code === 0xff1a || code === 0x3a || code === 0x2f || code === 0xff0f || isRegExpSpace(code);
}
