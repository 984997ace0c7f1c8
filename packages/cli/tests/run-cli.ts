import { spawnSync } from "node:child_process";
import { Readable } from "node:stream";
import { fileURLToPath } from "node:url";
import { main } from "../src/main.js";

/** The committed bin shim, run exactly as `pnpm exec gemini-image` runs it. */
export const BIN = fileURLToPath(new URL("../bin/gemini-image.js", import.meta.url));

/** What a run of the CLI answered. */
export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs the real `gemini-image` binary in a child process (needs `pnpm build`), in `cwd` when
 * given: for what only the process shows (the exit code as the shell sees it, the working
 * folder, signals, what a start loads).
 */
export function runCli(args: readonly string[], input?: string, cwd?: string): CliRun {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", input, cwd, env: { ...process.env, NO_COLOR: "1" } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * Runs the CLI's `main` in this process, as the bin does, with `input` on stdin: for a
 * command's output and exit code, without a Node start per call (the bin adds only the
 * streams). Paths in `args` must be absolute or relative to this process's folder.
 */
export async function runMain(args: readonly string[], input?: string): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const status = await main(args, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    stdin: Readable.from(input === undefined ? [] : [Buffer.from(input)]),
  });
  return { status, stdout, stderr };
}
