import type { CliIO } from "./io.js";

/** One subcommand of `gemini-image`. */
export interface Command {
  readonly name: string;
  /** One line for `gemini-image --help`. */
  readonly summary: string;
  /** The full usage text for `gemini-image <name> --help`. */
  readonly usage: string;
  /** Runs the command and answers its exit code. Throws UsageError for bad arguments. */
  run(args: readonly string[], io: CliIO): Promise<number>;
}
