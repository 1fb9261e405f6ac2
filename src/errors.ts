/** Why {@link BaoxunError} was thrown; stable strings that callers can switch on. */
export type BaoxunErrorCode =
  | "invalid-input"
  | "input-too-large"
  | "invalid-option"
  /** baoxun/pdf: an optional peer dependency (pdfjs-dist) is not installed. */
  | "missing-dependency"
  /** baoxun/pdf: the PDF is encrypted and no (or a wrong) password was given. */
  | "pdf-encrypted"
  /** baoxun/pdf: not a PDF, or one too damaged to read; an OCR file that does not parse. */
  | "pdf-damaged"
  /** baoxun/pdf: no page of the PDF has a text layer (a scan): OCR it and read the ALTO/hOCR. */
  | "pdf-no-text";

/**
 * The only error baoxun throws on purpose: bad input or options, never a failure deep inside.
 *
 * @example
 * ```ts
 * extract(null as never);
 * // throws BaoxunError: extract() takes a string, got null; decode bytes as UTF-8 first
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
