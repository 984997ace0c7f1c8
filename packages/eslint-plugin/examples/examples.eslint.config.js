// The examples are linted with the built plugin's recommended config (tests/e2e.test.ts).
// Named so ESLint never picks it up on its own: the repository's lint uses the root config.
import tsParser from "@typescript-eslint/parser";
import gemini from "../dist/index.js";

// GEMINI_CONFIG=strict selects the strict config (the end-to-end test runs both).
export default [
  { files: ["**/*.ts"], languageOptions: { parser: tsParser } },
  gemini.configs[process.env.GEMINI_CONFIG === "strict" ? "strict" : "recommended"],
];
