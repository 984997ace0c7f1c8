import { FINDINGS, INTERACTION_RESPONSE } from "@gemini-image/protocol";
import { AST_NODE_TYPES, ASTUtils, type TSESTree } from "@typescript-eslint/utils";
import { memberName, mayHoldRequests, onRequests, staticKeyName, type LocatedRequest } from "@gemini-image/locator";
import { createRule } from "../util/create-rule.js";
import { findingData, reportOnce } from "../util/report.js";

export type MessageIds = "responseShape";
export type Options = [];

const ABSENT: ReadonlySet<string> = new Set(INTERACTION_RESPONSE.absent);
/** How far a result is followed through variables (`const res = …; const data = await res.json()`). */
const MAX_DEPTH = 4;

export default createRule<Options, MessageIds>({
  name: "valid-interaction-response",
  meta: {
    type: "problem",
    docs: {
      description: "Enforce reading an interaction's result from `steps` (or the SDK's `output_image`), not generateContent's `candidates`, `outputs` or `parts`",
      recommended: "recommended",
      severity: FINDINGS["interaction-response-shape"].severity,
    },
    messages: { responseShape: "{{message}}" },
    schema: [],
  },
  defaultOptions: [],
  create(context) {
    // Nearly every file names no Gemini word: it gets no listeners and nothing is built for it.
    if (!mayHoldRequests(context)) return {};
    const report = reportOnce(context);
    const { sourceCode } = context;

    function reportRead(node: TSESTree.Node, field: string): void {
      report({ node, messageId: "responseShape", data: findingData("interaction-response-shape", { field }) });
    }

    /**
     * Follows the value of `node` (the interaction, or for REST the response that holds it) up
     * through `await`, `.json()` and axios' `.data` into variables and destructurings, and reports
     * each generateContent field read from it. Any other use ends the trail: no guess.
     */
    function follow(node: TSESTree.Node, rest: boolean, depth: number): void {
      let current = node;
      for (;;) {
        const parent = current.parent;
        if (!parent) return;
        if (parent.type === AST_NODE_TYPES.AwaitExpression || parent.type === AST_NODE_TYPES.TSAsExpression || parent.type === AST_NODE_TYPES.TSNonNullExpression) {
          current = parent;
          continue;
        }
        if (parent.type === AST_NODE_TYPES.MemberExpression && parent.object === current) {
          const name = memberName(parent);
          if (rest && name === "json" && parent.parent?.type === AST_NODE_TYPES.CallExpression && parent.parent.callee === parent) {
            current = parent.parent;
            continue;
          }
          if (rest && name === "data") {
            current = parent;
            continue;
          }
          if (name !== undefined && ABSENT.has(name)) reportRead(parent.property, name);
          return;
        }
        if (parent.type === AST_NODE_TYPES.VariableDeclarator && parent.init === current && depth < MAX_DEPTH) return followBinding(parent.id, rest, depth);
        return;
      }
    }

    function followBinding(id: TSESTree.Node, rest: boolean, depth: number): void {
      if (id.type === AST_NODE_TYPES.Identifier) {
        const variable = ASTUtils.findVariable(sourceCode.getScope(id), id);
        for (const reference of variable?.references ?? []) if (reference.identifier !== id && reference.isRead()) follow(reference.identifier, rest, depth + 1);
        return;
      }
      if (id.type !== AST_NODE_TYPES.ObjectPattern) return;
      for (const property of id.properties) {
        if (property.type !== AST_NODE_TYPES.Property) continue;
        const key = staticKeyName(property.key, property.computed);
        if (key !== undefined && ABSENT.has(key)) reportRead(property.key, key);
        else if (rest && key === "data") followBinding(property.value, false, depth + 1);
      }
    }

    function check(request: LocatedRequest): void {
      if (request.shape !== "interactions" || request.origin !== "call" || request.node.type !== AST_NODE_TYPES.CallExpression) return;
      // A streamed interaction answers events, not an interaction.
      if (request.root.get("stream")) return;
      follow(request.node, request.url !== undefined, 0);
    }

    return onRequests(context, check);
  },
});
