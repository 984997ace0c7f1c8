#!/usr/bin/env node
// Committed shim so the bin exists at install time, before `pnpm build` writes dist/.
import { main } from "../dist/main.js";

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
