/**
 * Writes (`--write`) or checks (`--check`) the documents generated from the protocol
 * package. `pnpm docs:check` fails when a committed document is stale, so a change to a
 * protocol table cannot land without its docs.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { renderSizeMappingDoc } from "./docs/size-mapping.ts";

const root = fileURLToPath(new URL("..", import.meta.url));

const documents: Record<string, () => string> = {
  "docs/size-mapping.md": renderSizeMappingDoc,
};

const mode = process.argv[2];
if (mode !== "--write" && mode !== "--check") {
  console.error("Usage: tsx scripts/docs.ts --write|--check");
  process.exit(2);
}

let stale = 0;
for (const [path, render] of Object.entries(documents)) {
  const file = `${root}${path}`;
  const wanted = render();
  let current = "";
  try {
    current = readFileSync(file, "utf8");
  } catch {
    // A missing document is stale.
  }
  if (current === wanted) continue;
  if (mode === "--write") {
    writeFileSync(file, wanted);
    console.log(`wrote ${path}`);
  } else {
    console.error(`${path} is stale: run "pnpm docs:gen" and commit the result.`);
    stale++;
  }
}
if (stale > 0) process.exit(1);
if (mode === "--check") console.log(`docs:check: ${Object.keys(documents).length} generated document(s) up to date.`);
