import * as tsParser from "@typescript-eslint/parser";
import { ESLint } from "eslint";
import eslintPlugin from "eslint-plugin-eslint-plugin";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";

const packageDir = fileURLToPath(new URL("..", import.meta.url));

it("passes eslint-plugin-eslint-plugin's rules and tests presets", async () => {
  const eslint = new ESLint({
    cwd: packageDir,
    overrideConfigFile: true,
    overrideConfig: [
      { files: ["**/*.ts"], languageOptions: { parser: tsParser, sourceType: "module" } },
      { ...eslintPlugin.configs["rules-recommended"], files: ["src/rules/*.ts"] },
      { ...eslintPlugin.configs["tests-recommended"], files: ["tests/rules/*.ts"] },
      {
        files: ["src/rules/*.ts"],
        rules: {
          "eslint-plugin/require-meta-docs-description": ["error", { pattern: "^(Enforce|Require|Disallow)" }],
          "eslint-plugin/require-meta-schema": "error",
          "eslint-plugin/require-meta-type": "error",
          "eslint-plugin/prefer-message-ids": "error",
        },
      },
    ],
  });
  const results = await eslint.lintFiles(["src/rules/*.ts", "tests/rules/*.ts"]);
  const problems = results.flatMap((result) =>
    result.messages.map((m) => `${result.filePath.slice(packageDir.length)}:${m.line} ${m.ruleId ?? "fatal"} ${m.message}`),
  );
  expect(results.length).toBeGreaterThan(20);
  expect(problems).toEqual([]);
});
