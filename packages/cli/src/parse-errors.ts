import { nearestName } from "@gemini-image/protocol";

/** node:util parseArgs throws TypeErrors with ERR_PARSE_ARGS_* codes for unknown or bad options. */
export function isParseArgsError(error: unknown): error is Error & { code: string } {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && code.startsWith("ERR_PARSE_ARGS");
}

/** The flags a usage text documents (`--model`, `--no-types`, `-h`), in order, each once. */
export function documentedFlags(usage: string): string[] {
  return [...new Set(usage.match(/(?<![\w-])--?[a-z][a-z0-9-]*/gu) ?? [])];
}

/**
 * The one flag or name `given` most likely meant: within two edits (`--modle` → `--model`), or
 * the only one it begins (`--rep` → `--repair`).
 */
export function didYouMean(given: string, known: readonly string[]): string | undefined {
  const bare = given.replace(/^-+/u, "").toLowerCase();
  const extended = bare.length >= 2 ? known.filter((name) => name.startsWith(given)) : [];
  if (extended.length === 1) return extended[0];
  // Two edits on a short name reach anything (`-x` → `-h`): fewer for short names.
  const edits = bare.length >= 3 ? 2 : bare.length === 2 ? 1 : 0;
  return edits > 0 ? nearestName(given.toLowerCase(), known, edits) : undefined;
}

/**
 * parseArgs' error said in plain words. Its own text ("To specify a positional argument
 * starting with a '-', place it at the end of the command after '--', as in '-- "--modle"")
 * answers a question nobody asked and leaves a quote open.
 */
export function explainParseError(error: Error & { code: string }, commandName: string, usage: string): string {
  // parseArgs quotes the option or argument it stopped at: '--modle', '--model <value>', 'x'.
  const quoted = /'([^']+)'/u.exec(error.message)?.[1] ?? "";
  const flag = quoted.split(" ")[0]!;
  const flags = documentedFlags(usage);
  switch (error.code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION": {
      const guess = didYouMean(flag, flags);
      if (guess) return `unknown option ${flag}; did you mean ${guess}?`;
      return `unknown option ${flag}. ${commandName} takes ${flags.join(", ")}.`;
    }
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      if (/does not take an argument/u.test(error.message)) return `${flag} takes no value.`;
      // `--thought-images -1`: parseArgs will not take a value starting with "-" after a space.
      if (/ambiguous/u.test(error.message)) return `the value after ${flag} starts with "-"; if it is the value, write ${flag}=<value>.`;
      return `${flag} needs a value: write ${placeholder(flag, usage)}.`;
    case "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":
      return `${commandName} takes no arguments besides its options, and "${quoted}" is not one of them.`;
    default:
      return error.message;
  }
}

/** How the usage writes a flag with its value: `--model <id>`, else `--flag <value>`. */
function placeholder(flag: string, usage: string): string {
  const escaped = flag.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
  return new RegExp(`${escaped} <[^>]+>`, "u").exec(usage)?.[0] ?? `${flag} <value>`;
}
