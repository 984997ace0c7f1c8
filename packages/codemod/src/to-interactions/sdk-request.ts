import { literalProperty, locatorContext, unwrap, type LocatedRequest, type LocatorContext } from "@gemini-image/locator";
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESTree } from "@typescript-eslint/utils";
import type { TextEdit } from "../edits.js";
import { textFixer } from "../fixer.js";
import type { RequestTransform } from "../transforms/types.js";
import { movedBody, propertiesEdit } from "./body-edits.js";
import { leftAsIs } from "./follow-up.js";
import { done, refused, type Outcome } from "./outcome.js";
import { imageRequestRefusal } from "./scope.js";

/** The `@google/genai` methods that become `interactions.create`; the stream one with `stream: true`. */
const METHODS: Readonly<Record<string, boolean>> = { generateContent: false, generateContentStream: true };

/**
 * `<ai>.models.generateContent({ model, contents, config })` (and `generateContentStream`) →
 * `<ai>.interactions.create({ model, input, response_format, … })`, with the reads of its answer,
 * as one all-or-nothing group. What cannot be proven right leaves the call as it was, with a
 * follow-up.
 */
export const sdkRequest: RequestTransform = {
  name: "to-interactions-sdk",
  run(request, { sourceCode }) {
    if (request.shape !== "genai" || !Object.hasOwn(METHODS, request.api) || request.classification.verdict !== "image") return [];
    const call = request.node as TSESTree.CallExpression;
    const plan = sdkPlan(locatorContext({ sourceCode, settings: {} }), request, call, METHODS[request.api]!);
    return [plan.ok ? plan.value : leftAsIs(sourceCode, call, plan.reason)];
  },
};

function sdkPlan(ctx: LocatorContext, request: LocatedRequest, call: TSESTree.CallExpression, stream: boolean): Outcome<TextEdit[]> {
  const scope = imageRequestRefusal(request);
  if (scope) return refused(scope);
  const callee = unwrap(call.callee);
  const models = callee.type === AST_NODE_TYPES.MemberExpression && !callee.computed ? unwrap(callee.object) : undefined;
  if (models?.type !== AST_NODE_TYPES.MemberExpression || models.computed || models.property.type !== AST_NODE_TYPES.Identifier || models.property.name !== "models") {
    return refused("the call does not go through `<client>.models` itself (an alias or a wrapper)");
  }
  const { root } = request;
  const argument = call.arguments[0];
  if (!root.node || root.node !== argument || root.mayHaveUnknownKeys || root.entries.some((entry) => entry.object !== root.node)) {
    return refused("its parameters are not one object literal written in the call");
  }
  const unknown = root.entries.find((entry) => !["model", "contents", "config"].includes(entry.key));
  if (unknown) return refused(`\`${unknown.key}\` is not a parameter the codemod can move`);
  const contents = root.get("contents");
  if (!contents) return refused("it has no contents");
  const configEntry = root.get("config");
  const moved = movedBody(ctx, request, call, { contents, config: configEntry, instruction: undefined, form: "sdk", stream });
  if (!moved.ok) return moved;
  const placed = propertiesEdit(ctx, moved.value.properties, literalProperty(configEntry), literalProperty(contents)!);
  return done([textFixer.replaceTextRange([models.property.range[0], callee.range[1]], "interactions.create"), ...(placed ? [placed] : []), ...moved.value.edits]);
}
