/**
 * The geometry a page reader hands to the layout stage: words with their boxes, in one unit
 * (PDF points or image pixels), top-left origin, y growing downwards.
 */

/** One run of text as the PDF or the OCR engine gives it, on one baseline. */
export interface LayoutWord {
  readonly text: string;
  /** Left edge. */
  readonly x: number;
  /** Top edge. */
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** Type size in the page unit (the em height). */
  readonly size: number;
  /** Set in a bold, black or heavy face, where the font says so. */
  readonly bold: boolean;
}

/** A rectangle on a page, top-left origin. */
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Words on one baseline within one column, left to right. */
export interface LayoutLine extends Rect {
  readonly words: readonly LayoutWord[];
  readonly size: number;
  readonly bold: boolean;
}

/** Lines of one column of one type size, stacked with ordinary leading: a paragraph run, a headline. */
export interface LayoutBlock extends Rect {
  readonly lines: readonly LayoutLine[];
  readonly size: number;
  readonly bold: boolean;
}

/** What a reader knows about the page itself. */
export interface PageInfo {
  /** 1-based. */
  readonly number: number;
  readonly width: number;
  readonly height: number;
  readonly unit: "pt" | "px";
}
