import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

/** The committed bin shim, run exactly as `pnpm exec gemini-image` runs it. */
export const BIN = fileURLToPath(new URL("../bin/gemini-image.js", import.meta.url));

/** Runs the real `gemini-image` binary in a child process (needs `pnpm build`), in `cwd` when given. */
export function runCli(args: readonly string[], input?: string, cwd?: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", input, cwd, env: { ...process.env, NO_COLOR: "1" } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
