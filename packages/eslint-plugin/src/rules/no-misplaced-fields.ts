import { FINDINGS } from "@gemini-image/protocol";
import { genaiGenerationConfigCheck, mayHoldRequests, misplacedFieldChecks, onRequests, type LocatedRequest } from "@gemini-image/locator";
import { createRule } from "../util/create-rule.js";
import { findingData, reportOnce } from "../util/report.js";

export type MessageIds = "misplacedField";
export type Options = [];

export default createRule<Options, MessageIds>({
  name: "no-misplaced-fields",
  meta: {
    type: "problem",
    docs: {
      description: "Disallow image fields at a level where Gemini ignores them",
      recommended: "recommended",
      severity: FINDINGS["misplaced-field"].severity,
    },
    fixable: "code",
    messages: { misplacedField: "{{message}}" },
    schema: [],
  },
  defaultOptions: [],
  create(context) {
    // Nearly every file names no Gemini word: it gets no listeners and nothing is built for it.
    if (!mayHoldRequests(context)) return {};
    const report = reportOnce(context);
    const { sourceCode } = context;

    // The checks and the moves are the locator's, shared with the codemod's misplaced-fields
    // and genai-config transforms, so `eslint --fix` and `migrate` write the same code.
    function check(request: LocatedRequest): void {
      for (const { entry, at, expected, fix } of misplacedFieldChecks(sourceCode, request)) {
        report({
          node: entry.keyNode,
          messageId: "misplacedField",
          data: findingData("misplaced-field", { field: entry.key, at, expected }),
          fix: fix ?? null,
        });
      }
      const genai = genaiGenerationConfigCheck(sourceCode, request);
      if (!genai) return;
      report({
        node: genai.entry.keyNode,
        messageId: "misplacedField",
        data: findingData("misplaced-field", { field: genai.entry.key, at: "the top level of @google/genai parameters", expected: "config" }),
        fix: genai.fix ?? null,
      });
    }

    return onRequests(context, check);
  },
});
