/**
 * @gemini-image/locator/node: what only runs in Node.js. Parsing a file into the `SourceCode`
 * ESLint gives its rules (for the codemod and the audit, which run the locator outside ESLint),
 * and the on-disk cache of TypeScript's compiled code that keeps `migrate` fast on Node 20.
 * The main entry stays free of Node built-ins, so the playground bundles it for the browser.
 */
export { parseSourceCode } from "./parse.js";
export { enableTypeScriptCompileCache, typeScriptCompileCacheState, type CompileCacheState } from "./typescript-compile-cache.js";
