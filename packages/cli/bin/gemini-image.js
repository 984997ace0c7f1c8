#!/usr/bin/env node
// Committed shim so the bin exists at install time, before `pnpm build` writes dist/.
import { main } from "../dist/main.js";

process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
});
