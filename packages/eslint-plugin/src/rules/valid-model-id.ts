import { FINDINGS, modelFindings, modelLifecycle, reachesGoogle, type ModelId } from "@gemini-image/protocol";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { mayHoldRequests, onRequests, type LocatedModel, type LocatedRequest } from "@gemini-image/locator";
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

    /** A suggestion that writes `id` in place of `name` inside the literal naming the model. */
    function replaceName(model: LocatedModel, name: string, id: ModelId): TSESLint.SuggestionReportDescriptor<MessageIds>[] {
      const literal = model.literal;
      if (!literal || !literal.value.includes(name)) return [];
      return [
        {
          messageId: "useModel",
          data: { id },
          fix: (fixer) => fixer.replaceText(literal, literal.raw.replace(name, id)),
        },
      ];
    }

    function check(request: LocatedRequest): void {
      // Each model the code may send is checked on its own: a retired id in a map is retired.
      for (const model of request.candidates ?? (request.model ? [request.model] : [])) checkModel(request, model);
    }

    function checkModel(request: LocatedRequest, model: LocatedModel): void {
      if (model.source === "setting" || !model.node) return;
      const node: TSESTree.Node = model.literal ?? model.node;
      const { resolved } = model;
      const lifecycle = resolved.kind === "known" ? modelLifecycle(resolved.id, today) : undefined;
      // Gateways accept an alias; Google's host, its SDKs and the AI SDK's Google provider do not.
      const toGoogle = reachesGoogle(request.shape === "rest" ? request.url : undefined, request.shape !== "rest");
      for (const finding of modelFindings(resolved, lifecycle, { toGoogle })) {
        report({
          node,
          messageId: MESSAGE_IDS[finding.id as keyof typeof MESSAGE_IDS],
          data: { message: finding.message },
          suggest: finding.rename ? replaceName(model, finding.rename.from, finding.rename.to) : [],
        });
      }
    }

    return onRequests(context, check);
  },
});
