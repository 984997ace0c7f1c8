import { INTERACTIONS_PATH, reachesGoogle } from "@gemini-image/protocol";
import { indentAt, literalProperty, locatorContext, removeWholeProperty, quoted, resolveBinding, unwrap, type LocatedRequest, type LocatorContext } from "@gemini-image/locator";
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESTree } from "@typescript-eslint/utils";
import type { TextEdit } from "../edits.js";
import { textFixer } from "../fixer.js";
import type { RequestTransform } from "../transforms/types.js";
import { movedBody, propertiesEdit } from "./body-edits.js";
import { leftAsIs, noteAt } from "./follow-up.js";
import { done, refused, type Outcome } from "./outcome.js";
import { imageRequestRefusal } from "./scope.js";

/**
 * `/v1beta/models/{model}:generateContent` (or `:streamGenerateContent?alt=sse`) at the end of a
 * URL literal: Gemini's versions, the model segment, the method. A query other than `alt=sse`
 * (`?key=`) is left alone: whether the Interactions endpoint takes it is UNCONFIRMED.
 */
const GENERATE_CONTENT_PATH = /\/(v1beta|v1alpha)\/models\/([^/:]+):(generateContent|streamGenerateContent)(\?alt=sse)?(?=[`"']$)/u;

/** The keys of a generateContent body the codemod can move. */
const BODY_KEYS: ReadonlySet<string> = new Set(["contents", "generationConfig", "generation_config", "systemInstruction", "system_instruction"]);

/**
 * `fetch("…/v1beta/models/{model}:generateContent", { body: JSON.stringify(body) })` →
 * `fetch("…/v1beta/interactions", …)` with `model` in the body (before `input`), `contents` → `input`, the
 * settings in snake_case (facts page "The Interactions API"), `stream: true` for
 * `:streamGenerateContent`, and the reads of the answer, as one all-or-nothing group.
 */
export const restRequest: RequestTransform = {
  name: "to-interactions-rest",
  run(request, { sourceCode }) {
    if (request.shape !== "rest" || request.classification.verdict !== "image" || request.node.type !== AST_NODE_TYPES.CallExpression) return [];
    const plan = restPlan(locatorContext({ sourceCode, settings: {} }), request, request.node);
    return [plan.ok ? plan.value : leftAsIs(sourceCode, request.node, plan.reason)];
  },
};

function restPlan(ctx: LocatorContext, request: LocatedRequest, call: TSESTree.CallExpression): Outcome<TextEdit[]> {
  const scope = imageRequestRefusal(request);
  if (scope) return refused(scope);
  const callee = unwrap(call.callee);
  if (callee.type !== AST_NODE_TYPES.Identifier || callee.name !== "fetch" || !call.arguments[0]) return refused("it is not sent with fetch(url, options)");
  const url = urlLiteral(ctx, call.arguments[0]);
  const raw = url && ctx.sourceCode.getText(url);
  const match = raw ? GENERATE_CONTENT_PATH.exec(raw) : undefined;
  if (!url || !match) return refused("its URL is not a literal ending in /v1beta/models/{model}:generateContent the codemod can rewrite");
  const [path, version, segment, method] = match as unknown as [string, string, string, string];
  // Google's host serves /interactions; another host is a gateway that may not. A base from a
  // variable is the code's own setting: the move is made, with a note to check it.
  const base = raw!.slice(1, match.index);
  const configured = /^\$\{[^{}]+\}/u.exec(base)?.[0];
  if (!configured && !reachesGoogle(request.url, false)) return refused(`its URL goes to \`${base}\`, not Google's API, and a gateway may not serve /${INTERACTIONS_PATH}`);
  const model = /^\$\{[^{}]+\}$/u.test(segment) ? segment.slice(2, -1) : segment.includes("${") ? undefined : quoted(ctx.sourceCode, segment);
  if (!model) return refused("its URL builds the model segment from several parts");
  const { root } = request;
  if (!root.node || root.mayHaveUnknownKeys || root.entries.some((entry) => entry.object !== root.node)) return refused("its body is not one object literal the codemod can read");
  const unknown = root.entries.find((entry) => !BODY_KEYS.has(entry.key));
  if (unknown) return refused(`\`${unknown.key}\` is not a field the codemod can move`);
  const contents = root.get("contents");
  if (!contents || !literalProperty(contents)) return refused("it has no contents");
  const configEntry = root.get("generationConfig") ?? root.get("generation_config");
  const instruction = root.get("systemInstruction") ?? root.get("system_instruction");
  const stream = method === "streamGenerateContent";
  const moved = movedBody(ctx, request, call, { contents, config: configEntry, instruction, form: "rest", stream });
  if (!moved.ok) return moved;

  const edits: TextEdit[] = [textFixer.replaceTextRange([url.range[0] + match.index, url.range[0] + match.index + path.length], `/${version}/${INTERACTIONS_PATH}`)];
  // Before contents, which stays (a property before it may be removed with its whole line).
  const first = literalProperty(contents)!;
  const firstOwnLine = ctx.sourceCode.text.slice(ctx.sourceCode.text.lastIndexOf("\n", first.range[0] - 1) + 1, first.range[0]).trim() === "";
  edits.push(textFixer.insertTextBefore(first, firstOwnLine ? `model: ${model},\n${indentAt(ctx.sourceCode.text, first.range[0])}` : `model: ${model}, `));
  // The settings take the place of generationConfig, else of systemInstruction, else follow contents.
  const replaced = literalProperty(configEntry) ?? literalProperty(instruction);
  const placed = propertiesEdit(ctx, moved.value.properties, replaced, literalProperty(contents)!);
  if (placed) edits.push(placed);
  const instructionProperty = literalProperty(instruction);
  if (instructionProperty && instructionProperty !== replaced) edits.push(...removeWholeProperty(textFixer, ctx.sourceCode, instructionProperty));
  if (configured) edits.push(...noteAt(ctx.sourceCode, call, `moved to the Interactions API: check that \`${configured}\` serves ${version}/${INTERACTIONS_PATH} (Google's API does; a gateway may not).`));
  return done([...edits, ...moved.value.edits]);
}

/** The URL's string or template literal: in the call, or in a const used only there. */
function urlLiteral(ctx: LocatorContext, node: TSESTree.Node): TSESTree.Literal | TSESTree.TemplateLiteral | undefined {
  const current = unwrap(node);
  if (current.type === AST_NODE_TYPES.Literal || current.type === AST_NODE_TYPES.TemplateLiteral) return current;
  if (current.type !== AST_NODE_TYPES.Identifier) return undefined;
  const binding = resolveBinding(ctx, current);
  const init = binding && unwrap(binding.init);
  const reads = binding?.variable.references.filter((ref) => ref.identifier !== binding.declarator.id).length;
  return reads === 1 && (init?.type === AST_NODE_TYPES.Literal || init?.type === AST_NODE_TYPES.TemplateLiteral) ? init : undefined;
}
