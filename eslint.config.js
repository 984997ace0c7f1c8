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
);
