#!/usr/bin/env node
// Committed shim so the bin exists at install time, before `pnpm build` writes dist/.
import module from "node:module";

// Node 22.1+ keeps the compiled code of loaded modules on disk, so `migrate` and `audit` parse
// TypeScript's compiler once, not on every run; Node 20 has no such cache and skips this.
module.enableCompileCache?.();
const { main } = await import("../dist/index.js");

// A reader that went away (`| head`, a wrapper that exited before `serve`) is no crash.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error) => {
    if (error.code !== "EPIPE") throw error;
  });
}

process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
});
