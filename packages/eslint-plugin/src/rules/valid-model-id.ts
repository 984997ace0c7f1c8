import { FINDINGS, modelLifecycle, type ModelId } from "@gemini-image/protocol";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { mayHoldRequests, onRequests, type LocatedModel, type LocatedRequest } from "@gemini-image/locator";
import { createRule } from "../util/create-rule.js";
import { findingData, reportOnce } from "../util/report.js";

export type MessageIds = "retiredModel" | "deprecatedModel" | "modelAlias" | "unknownModel" | "useModel";
export type Options = [];

/** Hosts that are Google's own API: a gateway alias sent there answers 404. */
const GOOGLE_HOSTS = /^https?:\/\/(?:[\w-]+\.)*(?:generativelanguage|aiplatform)\.googleapis\.com\//u;

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
      if (resolved.kind === "unknown") {
        if (!resolved.suggestion || !resolved.name) return;
        report({
          node,
          messageId: "unknownModel",
          data: findingData("unknown-model", { model: resolved.name, suggestion: resolved.suggestion }),
          suggest: replaceName(model, resolved.name, resolved.suggestion),
        });
        return;
      }
      if (resolved.alias !== undefined) {
        // Gateways accept the alias; Google's host, its SDKs and the AI SDK's Google provider do not.
        const toGoogle = request.shape !== "rest" || (request.url !== undefined && GOOGLE_HOSTS.test(request.url));
        if (toGoogle) {
          report({
            node,
            messageId: "modelAlias",
            data: findingData("model-alias", { alias: resolved.alias, id: resolved.id }),
            suggest: replaceName(model, resolved.alias, resolved.id),
          });
        }
        return;
      }
      const lifecycle = modelLifecycle(resolved.id, today);
      const { status } = resolved.model;
      if (lifecycle === "shut-down") {
        report({
          node,
          messageId: "retiredModel",
          data: findingData("retired-model", { model: resolved.id, replacement: status.replacement }),
          suggest: status.replacement ? replaceName(model, resolved.id, status.replacement) : [],
        });
      } else if (lifecycle === "deprecated" && status.shutdown) {
        report({
          node,
          messageId: "deprecatedModel",
          data: findingData("deprecated-model", { model: resolved.id, date: status.shutdown.date, replacement: status.replacement }),
          suggest: status.replacement ? replaceName(model, resolved.id, status.replacement) : [],
        });
      }
    }

    return onRequests(context, check);
  },
});
