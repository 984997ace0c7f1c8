import { DEPRECATED_INTERACTION_FIELDS, FINDINGS } from "@gemini-image/protocol";
import { deprecatedInteractionFieldFindings, locatorContext, mayHoldRequests, onRequests } from "@gemini-image/locator";
import { createRule } from "../util/create-rule.js";
import { findingData, reportOnce } from "../util/report.js";

export type MessageIds = "deprecatedField";
export type Options = [];

const insteadOf = (path: string): string => DEPRECATED_INTERACTION_FIELDS.find((field) => field.path === path)!.instead;

export default createRule<Options, MessageIds>({
  name: "no-deprecated-interaction-fields",
  meta: {
    type: "suggestion",
    docs: {
      description: "Disallow the deprecated Interactions fields `generation_config.image_config`, `response_modalities` and `response_mime_type`",
      recommended: "recommended",
      severity: FINDINGS["deprecated-interaction-field"].severity,
    },
    fixable: "code",
    messages: { deprecatedField: "{{message}}" },
    schema: [],
  },
  defaultOptions: [],
  create(context) {
    // Nearly every file names no Gemini word: it gets no listeners and nothing is built for it.
    if (!mayHoldRequests(context)) return {};
    const report = reportOnce(context);
    const ctx = locatorContext(context);
    // The check and the fix are the locator's, shared with the codemod's deprecated-interaction-field transform.
    return onRequests(context, (request) => {
      for (const { entry, path, fix } of deprecatedInteractionFieldFindings(ctx, request)) {
        report({ node: entry.keyNode, messageId: "deprecatedField", data: findingData("deprecated-interaction-field", { field: path, instead: insteadOf(path) }), fix: fix ?? null });
      }
    });
  },
});
