import { SourceCode } from "eslint";
import { describe, expect, it } from "vitest";
import { eslintSourceCode } from "../src/eslint-source-code.js";
import { parseSourceCode } from "../src/parse.js";

describe("eslintSourceCode", () => {
  it("is the very class ESLint exports, loaded from its own file (not a copy, not a stand-in)", () => {
    expect(eslintSourceCode()).toBe(SourceCode);
  });

  it("is what parseSourceCode hands the locator, for JS and TS alike", () => {
    expect(parseSourceCode("const a = 1;", "a.js")).toBeInstanceOf(SourceCode);
    expect(parseSourceCode("const a: number = 1;", "a.ts")).toBeInstanceOf(SourceCode);
  });
});
