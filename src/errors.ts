/** Why {@link BaoxunError} was thrown; stable strings that callers can switch on. */
export type BaoxunErrorCode = "invalid-input" | "input-too-large" | "invalid-option";

/**
 * The only error baoxun throws on purpose: bad input or options, never a failure deep inside.
 *
 * @example
 * ```ts
 * try { extract(null as never); } catch (e) { (e as BaoxunError).code; } // => "invalid-input"
 * ```
 */
export class BaoxunError extends Error {
  readonly code: BaoxunErrorCode;

  constructor(code: BaoxunErrorCode, message: string) {
    super(message);
    this.name = "BaoxunError";
    this.code = code;
  }
}
