import type { Span } from "../contracts/graph.js";
import type { MappedText } from "../contracts/stages.js";
import { ownBuffer, type AllocateOffsets } from "./offset-arena.js";

export type { MappedText } from "../contracts/stages.js";

/** The identity mapping of `input`. */
export function mapIdentity(input: string): MappedText {
  const offsets = new Uint32Array(input.length + 1);
  for (let i = 0; i <= input.length; i++) offsets[i] = i;
  return { text: input, offsets };
}

/** The original span of `text[start, end)`. */
export function toOriginalSpan(mapped: MappedText, start: number, end: number): Span {
  if (end <= start) {
    const at = mapped.offsets[start] ?? 0;
    return { start: at, end: at };
  }
  return { start: mapped.offsets[start] ?? 0, end: (mapped.offsets[end - 1] ?? 0) + 1 };
}

/** A sub-range of a MappedText, still mapped to the original. */
export function sliceMapped(mapped: MappedText, start: number, end: number): MappedText {
  // The whole text, ending where it ends: MappedTexts are never mutated, so share it rather than
  // copy it (every line of a page went through here; the copies were a third of the GC work).
  if (start === 0 && end === mapped.text.length && end > 0 && mapped.offsets[end] === mapped.offsets[end - 1]! + 1) return mapped;
  const offsets = new Uint32Array(end - start + 1);
  offsets.set(mapped.offsets.subarray(start, end));
  offsets[end - start] = end > start ? (mapped.offsets[end - 1] ?? 0) + 1 : (mapped.offsets[start] ?? 0);
  return { text: mapped.text.slice(start, end), offsets };
}

/** Keep the code units for which `keep(i)` is true. */
export function filterMapped(mapped: MappedText, keep: (index: number) => boolean): MappedText {
  const kept: number[] = [];
  for (let i = 0; i < mapped.text.length; i++) if (keep(i)) kept.push(i);
  const offsets = new Uint32Array(kept.length + 1);
  const parts: string[] = [];
  let runStart = -1;
  for (let k = 0; k < kept.length; k++) {
    const i = kept[k]!;
    offsets[k] = mapped.offsets[i]!;
    if (runStart < 0) runStart = i;
    const next = kept[k + 1];
    if (next !== i + 1) {
      parts.push(mapped.text.slice(runStart, i + 1));
      runStart = -1;
    }
  }
  const last = kept[kept.length - 1];
  offsets[kept.length] = last === undefined ? (mapped.offsets[0] ?? 0) : mapped.offsets[last]! + 1;
  return { text: parts.join(""), offsets };
}

/** Join MappedTexts (each already mapped to the same original) into one. */
export function concatMapped(parts: readonly MappedText[], allocate: AllocateOffsets = ownBuffer): MappedText {
  if (parts.length === 1) return parts[0]!;
  let length = 0;
  for (const p of parts) length += p.text.length;
  const offsets = allocate(length + 1);
  let at = 0;
  for (const p of parts) {
    offsets.set(p.offsets.subarray(0, p.text.length), at);
    at += p.text.length;
  }
  const lastPart = parts[parts.length - 1];
  offsets[length] = lastPart ? lastPart.offsets[lastPart.text.length]! : 0;
  return { text: parts.map((p) => p.text).join(""), offsets };
}

/** Layout characters: removed by repair, and ignored by the span invariant. */
export const LAYOUT_CHARACTER = /[\s\u200b-\u200d\u2060\ufeff\0-\x08\x0e-\x1f\x7f-\x9f]/u;

/**
 * Removes layout characters (whitespace, zero-width characters, BOM, control characters). The span invariant:
 * `squashLayout(input.slice(span.start, span.end)) === squashLayout(entity.text)`.
 *
 * @example
 * ```ts
 * squashLayout("宋崇\n飞"); // => "宋崇飞"
 * ```
 */
export function squashLayout(text: string): string {
  return text.replace(/[\s\u200b-\u200d\u2060\ufeff\0-\x08\x0e-\x1f\x7f-\x9f]+/gu, "");
}
