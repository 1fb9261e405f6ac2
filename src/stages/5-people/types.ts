/** Internal results of the "who" steps, in body coordinates, before ids are assigned. */
import type { MappedText } from "../../text/mapped-text.js";
import type { CreditKind } from "../../contracts/graph.js";

/** One article's text as the steps read it (or a leftover block, `articleId` null). */
export interface WhoText {
  readonly articleId: string | null;
  readonly columnId: string | null;
  readonly kind: string | null;
  readonly body: MappedText;
}

/** A name found in a text: `[start, end)` in `body.text`. */
export interface NameMatch {
  readonly source: number;
  readonly start: number;
  readonly end: number;
  readonly name: string;
  readonly rule: string;
}

export interface CreditMatch {
  readonly source: number;
  /** The credit as written, marker and name: `[start, end)`. */
  readonly start: number;
  readonly end: number;
  readonly name: NameMatch;
  readonly kind: CreditKind;
  readonly marker: string;
  readonly affiliation: string | null;
  readonly scope: "article" | "column";
  readonly rule: string;
  /** The text whose article the credit belongs to, when not `source` (a column credit on another piece). */
  readonly creditedSource?: number;
}

export interface RoleMatch {
  readonly source: number;
  readonly start: number;
  readonly end: number;
  readonly title: string;
  readonly qualifiers: readonly string[];
  readonly name: NameMatch;
  /** The organization written before the title, `[start, end)`, or null. */
  readonly organization: { readonly start: number; readonly end: number } | null;
  /** 该行: the organization is the last one before whose name ends with `suffix`. */
  readonly organizationRef: { readonly suffix: string; readonly at: number } | null;
  readonly rule: string;
}

/** A surname with a title (吕书记) that refers to a person named in the same text. */
export interface ReferenceMatch {
  readonly source: number;
  readonly start: number;
  readonly end: number;
  readonly surname: string;
  readonly title: string;
}
