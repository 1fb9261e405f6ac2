/** CJK ideographs as the name readers count them: U+3400–U+9FFF, checked on char codes. */

/** True for a code in U+3400–U+9FFF; false for NaN (a position past either end). */
export function isHanCode(code: number): boolean {
  return code >= 0x3400 && code <= 0x9fff;
}

/** Whether `text[at]` is a CJK ideograph; false past either end. */
export function isHanAt(text: string, at: number): boolean {
  return isHanCode(text.charCodeAt(at));
}
