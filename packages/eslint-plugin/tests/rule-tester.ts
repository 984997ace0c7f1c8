import { RuleTester } from "@typescript-eslint/rule-tester";
import { afterAll, describe, it } from "vitest";

// RuleTester needs test hooks; vitest runs without globals here (toolchain.md).
RuleTester.afterAll = afterAll;
RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

/** A RuleTester for TypeScript modules (JavaScript parses the same). */
export function createRuleTester(settings?: Record<string, unknown>): RuleTester {
  return new RuleTester({
    languageOptions: { parserOptions: { ecmaVersion: "latest", sourceType: "module" } },
    ...(settings ? { settings } : {}),
  });
}
