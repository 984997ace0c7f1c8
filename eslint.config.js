// @ts-check
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    name: "gemini-image/ignores",
    ignores: [
      "**/dist/**",
      "**/node_modules/**",
      "reports/**",
      "coverage/**",
      "**/__testfixtures__/**",
      "test/fixtures/agreement/**",
      "test/fixtures/user-project/**",
      // The tour's inputs are wrong on purpose: `pnpm demo` lints them with the plugin.
      "scripts/demo/**",
      // ajv's generated validators turn every rule off (`eslint-disable`): parsing them is a sixth
      // of the lint time for nothing.
      "packages/schema/src/generated/*validators.ts",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    name: "gemini-image/node-globals",
    languageOptions: {
      globals: { process: "readonly", console: "readonly", URL: "readonly", setTimeout: "readonly", clearTimeout: "readonly" },
    },
  },
  {
    name: "gemini-image/commonjs",
    files: ["**/*.cjs"],
    languageOptions: {
      sourceType: "commonjs",
      globals: { require: "readonly", module: "writable", exports: "writable", __dirname: "readonly", __filename: "readonly" },
    },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    name: "gemini-image/house-rules",
    rules: {
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      eqeqeq: ["error", "always"],
    },
  },
  {
    // What `migrate` loads before it parses a file is its start-up time (issue 14: one file in a
    // second). @typescript-eslint/utils' and ESLint's entry points load the whole of ESLint;
    // their types cost nothing, and the values these packages need have light homes.
    name: "gemini-image/light-imports",
    files: ["packages/{locator,codemod,audit}/src/**/*.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "@typescript-eslint/utils",
              allowTypeImports: true,
              message: "Import AST_NODE_TYPES from @typescript-eslint/types and findVariable from @typescript-eslint/utils/ast-utils: this entry point loads ESLint.",
            },
            {
              name: "eslint",
              allowTypeImports: true,
              message: "Use eslintSourceCode() from the locator's eslint-source-code.ts: ESLint's entry point loads the whole engine.",
            },
          ],
        },
      ],
    },
  },
);
