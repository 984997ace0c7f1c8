/** Where a value is written: the file (absolute), the offset for de-duplication, and its line and column (1-based). */
export interface Place {
  readonly path: string;
  readonly offset: number;
  readonly line: number;
  readonly column: number;
}

/** A request field as the audit reads it, from the syntax tree or, where that cannot tell, the type checker. */
export type Value =
  /** The request has no such field. */
  | { readonly kind: "absent" }
  /** A value the audit cannot pin to one literal (a parameter, an env variable, a union). */
  | { readonly kind: "unknown" }
  /** One literal value, and where it is written when the audit can see it. */
  | { readonly kind: "known"; readonly value: string | number; readonly at: Place | undefined };

export const ABSENT: Value = { kind: "absent" };
export const UNKNOWN: Value = { kind: "unknown" };

/** The value when it is a literal of `type`. */
export const knownAs = <T extends string | number>(value: Value, type: "string" | "number"): T | undefined =>
  value.kind === "known" && typeof value.value === type ? (value.value as T) : undefined;
