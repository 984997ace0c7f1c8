import { readFile } from "node:fs/promises";
import { UsageError, type CliIO } from "./io.js";

/** An input that could not be read, said as one sentence for a person; exit 2 without the usage. */
export class InputProblem extends Error {
  override readonly name = "InputProblem";
}

/** The sentence for a failed read of `file`: no EISDIR, ENOENT or errno numbers. */
export function inputProblemOf(file: string, error: unknown): InputProblem {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case "EISDIR":
      return new InputProblem(`${file} is a folder; name the files in it instead (for example ${file.replace(/\/+$/u, "")}/*.json).`);
    case "ENOENT":
      return new InputProblem(`${file} does not exist.`);
    case "EACCES":
    case "EPERM":
      return new InputProblem(`${file} cannot be read: permission denied.`);
    default:
      return new InputProblem(`${file} cannot be read: ${(error as Error).message}.`);
  }
}

/** One sentence for paths given that do not exist. */
export function missingPaths(paths: readonly string[]): InputProblem {
  const list = paths.length === 1 ? paths[0]! : `${paths.slice(0, -1).join(", ")} and ${paths.at(-1)!}`;
  return new InputProblem(`${list} ${paths.length === 1 ? "does" : "do"} not exist.`);
}

async function readStdin(io: CliIO): Promise<string> {
  if (!io.stdin) throw new UsageError("stdin is not available; name a file instead of -.");
  const chunks: Buffer[] = [];
  for await (const chunk of io.stdin) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString("utf8");
}

/**
 * The text of `file` (`-`: stdin). Throws InputProblem for a folder, a missing or unreadable
 * path, and an empty input: none of them holds a body to check.
 */
export async function readInput(file: string, io: CliIO): Promise<string> {
  let text: string;
  try {
    text = file === "-" ? await readStdin(io) : await readFile(file, "utf8");
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw inputProblemOf(file, error);
  }
  if (text.trim() === "") throw new InputProblem(`${file === "-" ? "stdin" : file} is empty: there is no request body in it.`);
  return text;
}
