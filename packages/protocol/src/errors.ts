/** Codes of the errors this package throws. */
export type ProtocolErrorCode = "invalid-size" | "unknown-model" | "unsupported-value";

/**
 * The one error type this package throws. `expected` says what to write instead, so callers
 * can show it without composing their own text.
 */
export class ProtocolError extends Error {
  override readonly name = "ProtocolError";
  readonly code: ProtocolErrorCode;
  /** What a correct value looks like. */
  readonly expected: string;

  constructor(code: ProtocolErrorCode, message: string, expected: string) {
    super(`${message} Expected ${expected}.`);
    this.code = code;
    this.expected = expected;
  }
}
