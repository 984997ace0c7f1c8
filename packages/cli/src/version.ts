import { readFileSync } from "node:fs";

// Read from package.json, one folder up from this file both in src/ and in the bundled dist/
// (scripts/bundle.mjs keeps every module of a package directly in dist/).
/** The installed CLI's version, from its package.json. */
export const VERSION = (JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string }).version;
