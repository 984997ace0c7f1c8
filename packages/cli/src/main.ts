import type { Command } from "./command.js";
import { COMMANDS } from "./commands/index.js";
import { EXIT, UsageError, type CliIO } from "./io.js";
import { didYouMean, explainParseError, isParseArgsError } from "./parse-errors.js";
import { MissingPackage } from "./optional-package.js";
import { InputProblem } from "./read-input.js";
import { VERSION } from "./version.js";


function help(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  const lines = COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return `gemini-image ${VERSION}: stops broken Gemini image-generation requests before they cost money.

Usage: gemini-image <command> [options]

Commands:
${lines.join("\n")}

Run "gemini-image <command> --help" for a command's options.
Exit codes: 0 success, 1 findings reported, 2 usage or I/O error.
`;
}

/**
 * Runs the CLI with `argv` (without the node and script paths) and answers the exit code.
 * Never calls process.exit, so tests run it in-process.
 */
export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    io.stdout.write(help());
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === "--version" || name === "-v") {
    io.stdout.write(`${VERSION}\n`);
    return EXIT.ok;
  }
  const command: Command | undefined = COMMANDS.find((c) => c.name === name);
  if (!command) {
    const names = COMMANDS.map((c) => c.name);
    const guess = name.startsWith("-") ? didYouMean(name, ["--help", "--version"]) : didYouMean(name, names);
    const what = name.startsWith("-") ? "option" : "command";
    const hint = guess ? ` Did you mean ${name.startsWith("-") ? guess : `"${guess}"`}?` : ` Commands: ${names.join(", ")}.`;
    io.stderr.write(`gemini-image: unknown ${what} "${name}".${hint}\n`);
    return EXIT.usage;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    io.stdout.write(`${command.usage}\n`);
    return EXIT.ok;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (isParseArgsError(error)) {
      // A mistyped flag: the fix in one line, then where to read more (not the whole usage).
      io.stderr.write(`gemini-image ${command.name}: ${explainParseError(error, command.name, command.usage)}\n`);
      io.stderr.write(`Run "gemini-image ${command.name} --help" for its options.\n`);
      return EXIT.usage;
    }
    if (error instanceof InputProblem || error instanceof MissingPackage) {
      io.stderr.write(`gemini-image ${command.name}: ${error.message}\n`);
      return EXIT.usage;
    }
    if (error instanceof UsageError) {
      io.stderr.write(`gemini-image ${command.name}: ${error.message}\n\n${command.usage}\n`);
      return EXIT.usage;
    }
    throw error;
  }
}
