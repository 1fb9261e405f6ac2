/** Makes an offsets array of `length` entries. */
export type AllocateOffsets = (length: number) => Uint32Array;

/** Each offsets array its own buffer. */
export const ownBuffer: AllocateOffsets = (length) => new Uint32Array(length);

/**
 * Offsets arrays cut from shared buffers, for many short MappedTexts (headline lines) that live
 * as long as each other: a Uint32Array with its own buffer cost more heap than a line's text.
 * A view keeps its whole buffer alive, so only texts that are kept together should share one.
 */
export function offsetArena(capacity: number): AllocateOffsets {
  let buffer = new Uint32Array(Math.max(capacity, 16));
  let at = 0;
  return (length) => {
    if (at + length > buffer.length) {
      buffer = new Uint32Array(Math.max(length, buffer.length));
      at = 0;
    }
    const view = buffer.subarray(at, at + length);
    at += length;
    return view;
  };
}
