import {
  CAMEL_TO_SNAKE,
  FILE_DATA_FIELDS,
  FINDINGS,
  INLINE_DATA_FIELDS,
  PART_FIELDS,
  camelName,
} from "@gemini-image/protocol";
import { mayHoldRequests, onRequests, locatorContext, type LocatedRequest, type ObjectView } from "@gemini-image/locator";
import { nestedObjects } from "@gemini-image/locator";
import { configOf, imageConfigOf, inputsOf, literalProperty } from "@gemini-image/locator";
import { createRule } from "../util/create-rule.js";
import { renameKey } from "@gemini-image/locator";
import { findingData, reportOnce } from "../util/report.js";

export type MessageIds = "snakeCase";
export type Options = [];

/**
 * Part-level snake_case keys (`inline_data`, `mime_type`): Google's own REST samples use them,
 * so they are only reported where an SDK drops them.
 */
const PART_LEVEL_SNAKE = new Set(
  [...PART_FIELDS, ...INLINE_DATA_FIELDS, ...FILE_DATA_FIELDS].map((name) => CAMEL_TO_SNAKE[name]).filter((n) => n !== undefined),
);

export default createRule<Options, MessageIds>({
  name: "no-snake-case-fields",
  meta: {
    type: "problem",
    docs: {
      description: "Require camelCase Gemini field names (`generationConfig`, `imageConfig`, `imageSize`, …)",
      recommended: "recommended",
      severity: FINDINGS["snake-case-field"].severity,
    },
    fixable: "code",
    messages: { snakeCase: "{{message}}" },
    schema: [],
  },
  defaultOptions: [],
  create(context) {
    // Nearly every file names no Gemini word: it gets no listeners and nothing is built for it.
    if (!mayHoldRequests(context)) return {};
    const report = reportOnce(context);
    const { sourceCode } = context;

    function checkObject(view: ObjectView | undefined, sdk: boolean, partLevel: boolean): void {
      for (const entry of view?.entries ?? []) {
        const camel = camelName(entry.key);
        if (!camel || (PART_LEVEL_SNAKE.has(entry.key) && !partLevel)) continue;
        const property = literalProperty(entry);
        // Renaming is safe only when the camelCase key is not already there: two keys would merge.
        const fixable = property && !view?.get(camel);
        report({
          node: entry.keyNode,
          messageId: "snakeCase",
          data: findingData("snake-case-field", { field: entry.key, camel, context: sdk ? "sdk" : "rest" }),
          fix: fixable ? (fixer) => renameKey(fixer, sourceCode, property, camel) : null,
        });
      }
    }

    function check(request: LocatedRequest): void {
      // AI SDK provider options are validated by the AI SDK itself; an interaction is all
      // snake_case (no-camel-case-interaction-fields checks the other direction there).
      if (request.shape === "ai-sdk" || request.shape === "interactions") return;
      // Image requests only. A text request is not this plugin's business, and an `unknown` one
      // (no image model, no IMAGE, no imageConfig in sight) is most often a text call whose
      // model comes from elsewhere: a report there is a false positive, worse than a miss.
      if (request.classification.verdict !== "image") return;
      const sdk = request.shape === "genai" || request.shape === "legacy";
      checkObject(request.root, sdk, false);
      checkObject(configOf(request), sdk, false);
      checkObject(imageConfigOf(request), sdk, false);
      if (!sdk) return;
      for (const input of inputsOf(request)) {
        for (const view of nestedObjects(locatorContext(context), input)) checkObject(view, true, true);
      }
    }

    return onRequests(context, check);
  },
});
