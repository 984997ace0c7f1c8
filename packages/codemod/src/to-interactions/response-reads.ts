import { camelName, INTERACTION_RESPONSE } from "@gemini-image/protocol";
import { quoted, scopeOf, type LocatorContext } from "@gemini-image/locator";
import { AST_NODE_TYPES, ASTUtils, type TSESTree } from "@typescript-eslint/utils";
import type { TextEdit } from "../edits.js";
import { textFixer } from "../fixer.js";
import { all, brief, done, refused, type Outcome } from "./outcome.js";

/** How the answer is read: the SDK's `Interaction` (with `output_image`/`output_text`) or the wire JSON. */
export type ResponseForm = "sdk" | "rest";

/** The path of generateContent's parts in its answer. */
const PARTS_PATH = ["candidates", 0, "content", "parts"] as const;

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

/** The reads of a variable, its declaration aside. */
function references(ctx: LocatorContext, id: TSESTree.Identifier): TSESTree.Identifier[] {
  const variable = ASTUtils.findVariable(scopeOf(ctx, id), id);
  return (variable?.references ?? []).map((ref) => ref.identifier).filter((node): node is TSESTree.Identifier => node !== id && node.type === AST_NODE_TYPES.Identifier);
}

/** Every read of the answer, rewritten; the first one the codemod does not know refuses. */
function answerReads(ctx: LocatorContext, answer: TSESTree.Identifier, form: ResponseForm): Outcome<TextEdit[]> {
  const reads = all(references(ctx, answer).map((ref) => answerRead(ctx, ref, form)));
  return reads.ok ? done(reads.value.flat()) : reads;
}

/** A member chain climbed from `node`: its names (camelCase) and the outermost expression. */
interface Chain {
  readonly names: readonly (string | number)[];
  /** The last member of the chain, wrappers (`?.`, `!`) included. */
  readonly top: TSESTree.Node;
}

function climb(node: TSESTree.Node, limit = Number.POSITIVE_INFINITY): Chain {
  const names: (string | number)[] = [];
  let top = node;
  for (;;) {
    const parent = top.parent;
    if (!parent) break;
    if ((parent.type === AST_NODE_TYPES.ChainExpression || parent.type === AST_NODE_TYPES.TSNonNullExpression) && parent.expression === top) {
      top = parent;
      continue;
    }
    if (parent.type !== AST_NODE_TYPES.MemberExpression || parent.object !== top || names.length >= limit) break;
    const key = memberKey(parent);
    if (key === undefined) break;
    names.push(typeof key === "string" ? (camelName(key) ?? key) : key);
    top = parent;
  }
  return { names, top: unwrapChainParent(top) };
}

/** `a?.b` parses as ChainExpression(MemberExpression): the wrapper is the expression to replace. */
function unwrapChainParent(node: TSESTree.Node): TSESTree.Node {
  return node.parent?.type === AST_NODE_TYPES.ChainExpression && node.parent.expression === node ? node.parent : node;
}

function memberKey(member: TSESTree.MemberExpression): string | number | undefined {
  if (!member.computed && member.property.type === AST_NODE_TYPES.Identifier) return member.property.name;
  if (member.computed && member.property.type === AST_NODE_TYPES.Literal && (typeof member.property.value === "number" || typeof member.property.value === "string")) {
    return member.property.value;
  }
  return undefined;
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
  const consumer = chain.top.parent;
  // `for (const part of …parts ?? [])`: the fallback goes with the parts, the entries have their own.
  const fallback = consumer?.type === AST_NODE_TYPES.LogicalExpression && consumer.operator === "??" && consumer.left === chain.top && isEmptyArray(consumer.right) ? consumer : undefined;
  const loop = fallback ? fallback.parent : consumer;
  if (loop?.type === AST_NODE_TYPES.ForOfStatement && loop.right === (fallback ?? chain.top) && !loop.await) return partsLoop(ctx, loop, answer);
  if (consumer?.type === AST_NODE_TYPES.MemberExpression && consumer.object === chain.top && memberKey(consumer) === "find") {
    return foundImage(ctx, consumer, answer, form) ?? cannot(consumer);
  }
  return cannot(chain.top);
}

const isEmptyArray = (node: TSESTree.Node) => node.type === AST_NODE_TYPES.ArrayExpression && node.elements.length === 0;

const isCallee = (node: TSESTree.Node) => node.parent?.type === AST_NODE_TYPES.CallExpression && node.parent.callee === node;

/** The model's output entries (text and images, thoughts left out) of an interaction, as an expression. */
function outputEntries(ctx: LocatorContext, answer: string): string {
  const q = (value: string) => quoted(ctx.sourceCode, value);
  return `(${answer}.${INTERACTION_RESPONSE.steps} ?? []).flatMap((step) => (step.type === ${q(INTERACTION_RESPONSE.outputStepType)} ? (step.content ?? []) : []))`;
}

/**
 * `parts.find((p) => p.inlineData)?.inlineData?.data` (or `.mimeType`) → the interaction's last
 * output image's `data` (`mime_type`): the SDK's `output_image`, or the same walk over the wire
 * JSON. generateContent code that takes the first image part may take a thought image; the
 * interaction's last output image is the final one (facts page).
 */
function foundImage(ctx: LocatorContext, find: TSESTree.MemberExpression, answer: string, form: ResponseForm): Outcome<TextEdit[]> | undefined {
  const call = find.parent;
  if (call?.type !== AST_NODE_TYPES.CallExpression || call.callee !== find || call.arguments.length !== 1 || !testsInlineData(call.arguments[0]!)) return undefined;
  const chain = climb(call);
  const field = chain.names.length === 2 && chain.names[0] === "inlineData" ? chain.names[1] : undefined;
  const wire = field === "data" ? "data" : field === "mimeType" ? "mime_type" : undefined;
  if (!wire) return undefined;
  const q = (value: string) => quoted(ctx.sourceCode, value);
  const image = form === "sdk" ? `${answer}.output_image` : `${outputEntries(ctx, answer)}.filter((entry) => entry.type === ${q(INTERACTION_RESPONSE.imageContentType)}).at(-1)`;
  return done([textFixer.replaceText(chain.top, `${image}?.${wire}`)]);
}

/** `(p) => p.inlineData`, also as `!!p.inlineData` or `p.inlineData !== undefined`. */
function testsInlineData(argument: TSESTree.Node): boolean {
  if (argument.type !== AST_NODE_TYPES.ArrowFunctionExpression || argument.params.length !== 1) return false;
  const param = argument.params[0]!;
  let body: TSESTree.Node = argument.body;
  while (body.type === AST_NODE_TYPES.UnaryExpression && body.operator === "!" && body.argument.type === AST_NODE_TYPES.UnaryExpression && body.argument.operator === "!") body = body.argument.argument;
  if (body.type === AST_NODE_TYPES.BinaryExpression && (body.operator === "!==" || body.operator === "!=") && isUndefined(body.right)) body = body.left;
  if (body.type === AST_NODE_TYPES.ChainExpression) body = body.expression;
  return (
    param.type === AST_NODE_TYPES.Identifier &&
    body.type === AST_NODE_TYPES.MemberExpression &&
    body.object.type === AST_NODE_TYPES.Identifier &&
    body.object.name === param.name &&
    ["inlineData", "inline_data"].includes(String(memberKey(body)))
  );
}

const isUndefined = (node: TSESTree.Node) => (node.type === AST_NODE_TYPES.Identifier && node.name === "undefined") || (node.type === AST_NODE_TYPES.Literal && node.value === null);

/**
 * `for (const part of …parts) { if (part.text) … if (part.inlineData) … part.inlineData.data … }`
 * over the interaction's output entries: the tests become `part.type === "text"` / `"image"`, and
 * `part.inlineData.data` / `.mimeType` the entry's `data` / `mime_type`.
 */
function partsLoop(ctx: LocatorContext, loop: TSESTree.ForOfStatement, answer: string): Outcome<TextEdit[]> {
  const { sourceCode } = ctx;
  const declaration = loop.left;
  const id = declaration.type === AST_NODE_TYPES.VariableDeclaration && declaration.declarations.length === 1 ? declaration.declarations[0]!.id : undefined;
  if (id?.type !== AST_NODE_TYPES.Identifier) return refused("a loop over its parts does not name the part in one variable");
  const q = (value: string) => quoted(sourceCode, value);
  const edits = all(
    references(ctx, id).map((ref): Outcome<TextEdit> => {
      const chain = climb(ref);
      const name = sourceCode.getText(ref);
      const [first, second] = chain.names;
      const test = isTest(chain.top);
      if (chain.names.length === 1 && first === "text") return done(test ? textFixer.replaceText(chain.top, `${name}.type === ${q("text")}`) : textFixer.replaceText(chain.top, sourceCode.getText(chain.top)));
      if (chain.names.length === 1 && first === "inlineData" && test) return done(textFixer.replaceText(chain.top, `${name}.type === ${q(INTERACTION_RESPONSE.imageContentType)}`));
      if (chain.names.length === 2 && first === "inlineData" && (second === "data" || second === "mimeType")) {
        return done(textFixer.replaceText(chain.top, `${name}.${second === "data" ? "data" : "mime_type"}`));
      }
      return refused(`its parts are read as \`${brief(sourceCode, chain.top)}\`, which the codemod cannot rewrite`);
    }),
  );
  if (!edits.ok) return edits;
  return done([textFixer.replaceText(loop.right, outputEntries(ctx, answer)), ...edits.value.filter((edit) => edit.text !== sourceCode.text.slice(edit.range[0], edit.range[1]))]);
}

/** True for an expression that is an `if`'s test, or one side of `&&` in it. */
function isTest(node: TSESTree.Node): boolean {
  const parent = node.parent;
  if (parent?.type === AST_NODE_TYPES.IfStatement || parent?.type === AST_NODE_TYPES.ConditionalExpression) return parent.test === node;
  return parent?.type === AST_NODE_TYPES.LogicalExpression && parent.operator === "&&" && isTest(parent);
}
