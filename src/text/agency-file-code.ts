/**
 * （编辑：李怡君）1111227: the Taiwan agency closes a report with its editor in brackets and a file
 * code, the Minguo date in seven digits (six to eight counted, as the code has varied). The line's
 * credit ends at the bracket: where `text[start, end)` ends in a closing bracket and such a code,
 * the bracket's end; otherwise `end`.
 *
 * @example
 * ```ts
 * endBeforeFileCode("（编辑：李怡君）1111227", 0, 15); // => 8
 * endBeforeFileCode("（编辑：李怡君）", 0, 8);         // => 8
 * ```
 */
export function endBeforeFileCode(text: string, start: number, end: number): number {
  let at = end;
  while (at > start && text.charCodeAt(at - 1) >= 0x30 && text.charCodeAt(at - 1) <= 0x39) at--;
  const digits = end - at;
  const bracket = text.charCodeAt(at - 1);
  return digits >= 6 && digits <= 8 && at - 1 > start && (bracket === 0xff09 /* ） */ || bracket === 0x29) /* ) */ ? at : end;
}
