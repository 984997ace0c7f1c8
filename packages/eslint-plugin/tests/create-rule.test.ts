import { Linter } from "eslint";
import { describe, expect, it } from "vitest";
import { createRule } from "../src/util/create-rule.js";

type Options = [{ readonly mode: string; readonly depth: number }];

/** A rule that reports the options it was created with, so the test can read them back. */
const echo = createRule<Options, "options">({
  name: "echo-options",
  meta: {
    type: "problem",
    docs: { description: "Reports its options", recommended: false, severity: "warning" },
    messages: { options: "{{options}}" },
    schema: [{ type: "object", properties: { mode: { type: "string" }, depth: { type: "number" } }, additionalProperties: false }],
  },
  defaultOptions: [{ mode: "fast", depth: 1 }],
  create(context, [options]) {
    return {
      Program(node) {
        context.report({ node, messageId: "options", data: { options: JSON.stringify(options) } });
      },
    };
  },
});

function optionsSeen(ruleConfig: Linter.RuleEntry): unknown {
  const linter = new Linter();
  const [message] = linter.verify("x;", [{ plugins: { t: { rules: { echo } } } as never, rules: { "t/echo": ruleConfig } }]);
  return JSON.parse(message!.message);
}

describe("createRule", () => {
  it("hands a rule configured without options its defaults", () => {
    expect(optionsSeen("error")).toEqual({ mode: "fast", depth: 1 });
  });

  it("merges configured options over the defaults", () => {
    expect(optionsSeen(["error", { depth: 3 }])).toEqual({ mode: "fast", depth: 3 });
  });

  it("keeps the defaults frozen so no file's run can change the next one's", () => {
    expect(Object.isFrozen(echo.defaultOptions)).toBe(true);
  });

  it("links the docs page in the project repository", () => {
    expect(echo.meta.docs?.url).toMatch(/packages\/eslint-plugin\/docs\/rules\/echo-options\.md$/u);
    expect(echo.name).toBe("echo-options");
  });
});
