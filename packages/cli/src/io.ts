/** The streams a command writes to; tests pass in-memory ones. */
export interface CliIO {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
  readonly stdin?: NodeJS.ReadableStream;
}

/**
 * Exit codes, a contract users script against:
 * 0 all good, 1 findings were reported, 2 usage or I/O error.
 */
export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

/** A mistake in how the command was called; printed with the command's usage, exit 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}
