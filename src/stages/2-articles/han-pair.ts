/** Two consecutive Han characters (U+3400–U+9FFF) as one small integer, to look grams up without strings. */

export const HAN_FIRST = 0x3400;
export const HAN_LAST = 0x9fff;

export function isHanCode(code: number): boolean {
  return code >= HAN_FIRST && code <= HAN_LAST;
}

/** A distinct integer for each pair of Han code units. */
export function hanPair(first: number, second: number): number {
  return (first - HAN_FIRST) * (HAN_LAST - HAN_FIRST + 1) + (second - HAN_FIRST);
}
