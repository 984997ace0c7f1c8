// typescript-eslint's parser for every importer but ts-parser.ts: the plugin's presets import
// it, and it would pull the TypeScript compiler into the page's first load.
export function parseForESLint(): never {
  throw new Error("typescript-eslint's parser is loaded on demand in the playground (ts-parser.ts).");
}
export const parse = parseForESLint;
export const meta = { name: "typescript-eslint/parser-stub" };
