import type { LocatorContext } from "@gemini-image/locator";
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESTree } from "@typescript-eslint/utils";
import type { TextEdit } from "../edits.js";
import { textFixer } from "../fixer.js";
import { climb, memberKey, references } from "./member-chain.js";
import { all, brief, done, refused, type Outcome } from "./outcome.js";
import { partsUse, type ResponseForm } from "./parts-reads.js";

export type { ResponseForm } from "./parts-reads.js";

/** The path of generateContent's parts in its answer. */
const PARTS_PATH = ["candidates", 0, "content", "parts"] as const;

const isCallee = (node: TSESTree.Node) => node.parent?.type === AST_NODE_TYPES.CallExpression && node.parent.callee === node;

/** Members of a fetch Response that say nothing about the body's shape. */
const HTTP_MEMBERS: ReadonlySet<string> = new Set(["ok", "status", "statusText", "headers", "text"]);

/**
 * The edits that make the code read the answer of the call where it now comes from (facts page
 * "The Interactions API": the image is the last image of the `model_output` steps, the SDK's
 * `output_image`; its text the SDK's `output_text`). Known reads are rewritten:
 * `response.text`, `candidates[0].content.parts.find((p) => p.inlineData)…inlineData.data` and
 * `for (const part of …candidates[0].content.parts)` loops over `text` and `inlineData`. Any
 * other use of the answer refuses the request.
 */
export function responseEdits(ctx: LocatorContext, call: TSESTree.CallExpression, form: ResponseForm, stream: boolean): Outcome<TextEdit[]> {
  const holder = resultHolder(call);
  if (holder === "unused") return done([]);
  if (!holder) return refused("its answer is used where the codemod cannot follow it (returned, passed on or not held in a variable)");
  if (stream) return refused("a streamed answer comes as Interactions events (step.delta …), not chunks with candidates; its reading loop is a person's rewrite");
  if (form === "sdk") return answerReads(ctx, holder, form);
  // fetch: the Response's own members are fine; its JSON is the answer.
  const reads = all(references(ctx, holder).map((ref) => restRead(ctx, ref, form)));
  return reads.ok ? done(reads.value.flat()) : reads;
}

function restRead(ctx: LocatorContext, ref: TSESTree.Identifier, form: ResponseForm): Outcome<TextEdit[]> {
  const member = ref.parent;
  const name = member?.type === AST_NODE_TYPES.MemberExpression && member.object === ref ? memberKey(member) : undefined;
  if (name === "json" && member!.parent?.type === AST_NODE_TYPES.CallExpression) {
    const json = resultHolder(member!.parent);
    if (json && json !== "unused") return answerReads(ctx, json, form);
  }
  if (typeof name === "string" && HTTP_MEMBERS.has(name)) return done([]);
  return refused(`its answer is read as \`${brief(ctx.sourceCode, member ?? ref)}\`, which the codemod cannot rewrite`);
}

/**
 * The variable the call's answer lands in (`const response = await call`); "unused" when the
 * call is a statement of its own; `undefined` when the answer goes anywhere else.
 */
function resultHolder(call: TSESTree.Node): TSESTree.Identifier | "unused" | undefined {
  let node: TSESTree.Node = call;
  if (node.parent?.type === AST_NODE_TYPES.AwaitExpression) node = node.parent;
  const parent = node.parent;
  if (parent?.type === AST_NODE_TYPES.ExpressionStatement) return "unused";
  if (parent?.type !== AST_NODE_TYPES.VariableDeclarator || parent.init !== node || parent.id.type !== AST_NODE_TYPES.Identifier) return undefined;
  return parent.parent.kind === "const" ? parent.id : undefined;
}

/** Every read of the answer, rewritten; the first one the codemod does not know refuses. */
function answerReads(ctx: LocatorContext, answer: TSESTree.Identifier, form: ResponseForm): Outcome<TextEdit[]> {
  const reads = all(references(ctx, answer).map((ref) => answerRead(ctx, ref, form)));
  return reads.ok ? done(reads.value.flat()) : reads;
}

const startsWith = (names: readonly (string | number)[], prefix: readonly (string | number)[]) => prefix.every((name, i) => names[i] === name);

/** One read of the answer, rewritten. */
function answerRead(ctx: LocatorContext, ref: TSESTree.Identifier, form: ResponseForm): Outcome<TextEdit[]> {
  const { sourceCode } = ctx;
  const cannot = (node: TSESTree.Node) => refused(`its answer is read as \`${brief(sourceCode, node)}\`, which the codemod cannot rewrite`);
  const chain = climb(ref, PARTS_PATH.length);
  const answer = sourceCode.getText(ref);
  if (form === "sdk" && chain.names.length === 1 && chain.names[0] === "text" && !isCallee(chain.top)) {
    return done([textFixer.replaceText(chain.top, `${answer}.output_text`)]);
  }
  if (chain.names.length !== PARTS_PATH.length || !startsWith(chain.names, PARTS_PATH)) return cannot(chain.top);
  return partsUse(ctx, chain.top, answer, form);
}

