// Loaded on demand (a separate chunk): typescript-eslint's parser needs the TypeScript compiler
// to read TS syntax (typescript-estree converts ts.createSourceFile's tree), which would make
// the page's first load several times larger for the JS case.
import "./shims/process.js";

export * as parser from "@typescript-eslint/parser";
