import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/**
 * The verified facts page the registry is checked against. CI clones the repository with
 * `shared/` beside it; a checkout without it skips the cross-check (the other tests stay).
 */
export const FACTS_PATH = fileURLToPath(new URL("../../../../shared/docs/protocol-facts.md", import.meta.url));
export const factsAvailable = existsSync(FACTS_PATH);
export const factsText = factsAvailable ? readFileSync(FACTS_PATH, "utf8") : "";

/** The rows of the facts page's model table, keyed by model id. */
export function factsModelRows(): Map<string, string[]> {
  const rows = new Map<string, string[]>();
  for (const line of factsText.split("\n")) {
    const match = /^\| `(gemini-[^`]+)` \|/u.exec(line);
    if (match) rows.set(match[1]!, line.split("|").slice(1, -1).map((c) => c.trim()));
  }
  return rows;
}

/** Every `code` span in a table cell. */
export function codeSpans(cell: string): string[] {
  return [...cell.matchAll(/`([^`]+)`/gu)].map((m) => m[1]!);
}

/** The 1K pixel table of the Gemini 3 models: ratio → [width, height]. */
export function factsPixelTable(): Map<string, [number, number]> {
  const table = new Map<string, [number, number]>();
  for (const match of factsText.matchAll(/(\d+:\d+) \| (\d+)x(\d+) \|/gu)) {
    table.set(match[1]!, [Number(match[2]), Number(match[3])]);
  }
  return table;
}

/** The 2.5 Flash Image pixel list in the sentence "2.5 Flash Image: 1:1 1024x1024, …". */
export function factsFlash25Pixels(): Map<string, [number, number]> {
  const sentence = /2\.5 Flash Image: (1:1 [^.]+)\./u.exec(factsText)?.[1] ?? "";
  const table = new Map<string, [number, number]>();
  for (const match of sentence.matchAll(/(\d+:\d+) (\d+)x(\d+)/gu)) {
    table.set(match[1]!, [Number(match[2]), Number(match[3])]);
  }
  return table;
}
