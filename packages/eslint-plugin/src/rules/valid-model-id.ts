import { FINDINGS } from "@gemini-image/protocol";
import { mayHoldRequests, modelIdChecks, onRequests, type LocatedRequest } from "@gemini-image/locator";
import { createRule } from "../util/create-rule.js";
import { reportOnce } from "../util/report.js";

export type MessageIds = "retiredModel" | "deprecatedModel" | "modelAlias" | "unknownModel" | "useModel";
export type Options = [];

/** The message id of each finding this rule reports. */
const MESSAGE_IDS = {
  "retired-model": "retiredModel",
  "deprecated-model": "deprecatedModel",
  "model-alias": "modelAlias",
  "unknown-model": "unknownModel",
} as const satisfies Record<string, MessageIds>;

export default createRule<Options, MessageIds>({
  name: "valid-model-id",
  meta: {
    type: "problem",
    docs: {
      description: "Enforce current Gemini image model ids: no shut-down previews, gateway aliases sent to Google, or typos",
      recommended: "recommended",
      severity: FINDINGS["retired-model"].severity,
    },
    hasSuggestions: true,
    messages: {
      retiredModel: "{{message}}",
      deprecatedModel: "{{message}}",
      modelAlias: "{{message}}",
      unknownModel: "{{message}}",
      useModel: 'Use "{{id}}".',
    },
    schema: [],
  },
  defaultOptions: [],
  create(context) {
    // Nearly every file names no Gemini word: it gets no listeners and nothing is built for it.
    if (!mayHoldRequests(context)) return {};
    const report = reportOnce(context);
    const today = new Date();

    // The checks and renames are the locator's, shared with the codemod's model-ids transform.
    function check(request: LocatedRequest): void {
      for (const { node, finding, fix } of modelIdChecks(request, today)) {
        report({
          node,
          messageId: MESSAGE_IDS[finding.id as keyof typeof MESSAGE_IDS],
          data: { message: finding.message },
          suggest: fix && finding.rename ? [{ messageId: "useModel", data: { id: finding.rename.to }, fix }] : [],
        });
      }
    }

    return onRequests(context, check);
  },
});
