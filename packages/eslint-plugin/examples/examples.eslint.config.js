// The examples are linted with the built plugin's recommended config (tests/e2e.test.ts).
// Named so ESLint never picks it up on its own: the repository's lint uses the root config.
import gemini from "../dist/index.js";

// GEMINI_CONFIG=strict selects the strict config (the end-to-end test runs both). The preset
// brings its own parser for the .ts example.
export default [...gemini.configs[process.env.GEMINI_CONFIG === "strict" ? "strict" : "recommended"]];
