import { INTERACTION_RESPONSE, INTERACTION_VALUES } from "@gemini-image/protocol";
import { quoted, type LocatorContext } from "@gemini-image/locator";
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESTree } from "@typescript-eslint/utils";
import type { TextEdit } from "../edits.js";
import { textFixer } from "../fixer.js";
import { climb, memberKey, references } from "./member-chain.js";
import { all, brief, done, refused, type Outcome } from "./outcome.js";

/** How the answer is read: the SDK's `Interaction` (with `output_image`/`output_text`) or the wire JSON. */
export type ResponseForm = "sdk" | "rest";

const cannot = (ctx: LocatorContext, node: TSESTree.Node) => refused(`its parts are read as \`${brief(ctx.sourceCode, node)}\`, which the codemod cannot rewrite`);

/**
 * The reads of generateContent's `candidates[0].content.parts` (the expression `parts`, read
 * from the answer written `answer`), rewritten for the interaction: a loop over them, a
 * `find` of the image part, or a `const` holding them that is read those ways.
 */
export function partsUse(ctx: LocatorContext, parts: TSESTree.Node, answer: string, form: ResponseForm): Outcome<TextEdit[]> {
  const consumer = parts.parent;
  // `…parts ?? []`: the fallback goes with the parts; the entries have their own.
  const fallback = consumer?.type === AST_NODE_TYPES.LogicalExpression && consumer.operator === "??" && consumer.left === parts && isEmptyArray(consumer.right) ? consumer : undefined;
  const whole = fallback ?? parts;
  const parent = whole.parent;
  if (parent?.type === AST_NODE_TYPES.ForOfStatement && parent.right === whole && !parent.await) return partsLoop(ctx, parent, outputEntries(ctx, answer));
  if (!fallback && consumer?.type === AST_NODE_TYPES.MemberExpression && consumer.object === parts && memberKey(consumer) === "find") {
    return foundImage(ctx, consumer, form === "sdk" ? `${answer}.output_image` : lastImage(ctx, outputEntries(ctx, answer)));
  }
  if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === whole && parent.id.type === AST_NODE_TYPES.Identifier && parent.parent.kind === "const") {
    return partsConst(ctx, parent, parent.id, answer);
  }
  return cannot(ctx, whole);
}

const isEmptyArray = (node: TSESTree.Node) => node.type === AST_NODE_TYPES.ArrayExpression && node.elements.length === 0;

/** The model's output entries (text and images, thoughts left out) of an interaction, as an expression. */
function outputEntries(ctx: LocatorContext, answer: string): string {
  const q = (value: string) => quoted(ctx.sourceCode, value);
  return `(${answer}.${INTERACTION_RESPONSE.steps} ?? []).flatMap((step) => (step.type === ${q(INTERACTION_RESPONSE.outputStepType)} ? (step.content ?? []) : []))`;
}

/** The last image among entries: the final image, as the SDK's `output_image` takes it (facts page). */
function lastImage(ctx: LocatorContext, entries: string): string {
  return `${entries}.filter((entry) => entry.type === ${quoted(ctx.sourceCode, INTERACTION_RESPONSE.imageContentType)}).at(-1)`;
}

/** `const parts = …parts ?? []`, read by loops and finds: the const holds the output entries. */
function partsConst(ctx: LocatorContext, declarator: TSESTree.VariableDeclarator, id: TSESTree.Identifier, answer: string): Outcome<TextEdit[]> {
  const name = id.name;
  const reads = all(
    references(ctx, id).map((ref) => {
      const parent = ref.parent;
      if (parent?.type === AST_NODE_TYPES.ForOfStatement && parent.right === ref && !parent.await) return partsLoop(ctx, parent, undefined);
      if (parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === ref && memberKey(parent) === "find") return foundImage(ctx, parent, lastImage(ctx, name));
      return cannot(ctx, parent ?? ref);
    }),
  );
  return reads.ok ? done([textFixer.replaceText(declarator.init!, outputEntries(ctx, answer)), ...reads.value.flat()]) : reads;
}

/**
 * `parts.find((p) => p.inlineData)?.inlineData?.data` (or `.mimeType`) → the interaction's last
 * output image's `data` (`mime_type`), `image` being that image's expression; also through a
 * const holding the found part. generateContent code that takes the first image part may take a
 * thought image; the interaction's last output image is the final one (facts page).
 */
function foundImage(ctx: LocatorContext, find: TSESTree.MemberExpression, image: string): Outcome<TextEdit[]> {
  const call = find.parent;
  if (call?.type !== AST_NODE_TYPES.CallExpression || call.callee !== find || call.arguments.length !== 1 || !testsInlineData(call.arguments[0]!)) return cannot(ctx, find);
  const chain = climb(call);
  const holder = chain.top.parent;
  if (chain.names.length === 0 && holder?.type === AST_NODE_TYPES.VariableDeclarator && holder.init === chain.top && holder.id.type === AST_NODE_TYPES.Identifier && holder.parent.kind === "const") {
    const reads = all(references(ctx, holder.id).map((ref) => foundPartRead(ctx, ref)));
    return reads.ok ? done([textFixer.replaceText(chain.top, image), ...reads.value.flat()]) : reads;
  }
  const field = wireField(chain.names);
  return field ? done([textFixer.replaceText(chain.top, `${image}?.${field}`)]) : cannot(ctx, chain.top);
}

/** `inlineData.data` / `inlineData.mimeType` as the image entry's own field. */
function wireField(names: readonly (string | number)[]): string | undefined {
  if (names.length !== 2 || names[0] !== "inlineData") return undefined;
  return names[1] === "data" ? "data" : names[1] === "mimeType" ? "mime_type" : undefined;
}

/**
 * A read of the found part once it holds the image entry: `part?.inlineData?.data` → `part?.data`,
 * `part?.inlineData` as a test → `part`, the part itself as a test as it is.
 */
function foundPartRead(ctx: LocatorContext, ref: TSESTree.Identifier): Outcome<TextEdit[]> {
  const chain = climb(ref);
  const optional = ctx.sourceCode.getText(chain.top).includes("?.");
  const field = wireField(chain.names);
  if (field) return done([textFixer.replaceText(chain.top, `${ref.name}${optional ? "?." : "."}${field}`)]);
  if (chain.names.length === 0 && isTest(chain.top)) return done([]);
  if (chain.names.length === 1 && chain.names[0] === "inlineData" && isTest(chain.top)) return done([textFixer.replaceText(chain.top, ref.name)]);
  return cannot(ctx, chain.top);
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
 * over the interaction's output entries (`iterable`; `undefined` when the loop already reads a
 * const that holds them): the tests become `part.type === "text"` / `"image"`, and
 * `part.inlineData.data` / `.mimeType` the entry's `data` / `mime_type`.
 */
function partsLoop(ctx: LocatorContext, loop: TSESTree.ForOfStatement, iterable: string | undefined): Outcome<TextEdit[]> {
  const { sourceCode } = ctx;
  const declaration = loop.left;
  const id = declaration.type === AST_NODE_TYPES.VariableDeclaration && declaration.declarations.length === 1 ? declaration.declarations[0]!.id : undefined;
  if (id?.type !== AST_NODE_TYPES.Identifier) return refused("a loop over its parts does not name the part in one variable");
  const q = (value: string) => quoted(sourceCode, value);
  const edits = all(
    references(ctx, id).map((ref): Outcome<TextEdit[]> => {
      const chain = climb(ref);
      const [first] = chain.names;
      const test = isTest(chain.top);
      // `part.text` reads the same on a text entry; as a test it picks the text entries. Reads
      // under the test only: elsewhere the entry may be an image, which has no `text`.
      if (chain.names.length === 1 && first === "text" && test) return done([typeTest(chain.top, ref.name, q(INTERACTION_VALUES.textType))]);
      if (chain.names.length === 1 && first === "text" && guarded(ctx, chain.top, loop, ref.name, "text")) return done([]);
      if (chain.names.length === 1 && first === "inlineData" && test) return done([typeTest(chain.top, ref.name, q(INTERACTION_RESPONSE.imageContentType))]);
      const field = wireField(chain.names);
      return field && guarded(ctx, chain.top, loop, ref.name, "inlineData") ? done([textFixer.replaceText(chain.top, `${ref.name}.${field}`)]) : cannot(ctx, chain.top);
    }),
  );
  if (!edits.ok) return edits;
  return done([...(iterable === undefined ? [] : [textFixer.replaceText(loop.right, iterable)]), ...edits.value.flat()]);
}

/**
 * True when a read of `part.<key>…` runs only where `part.<key>` was tested: inside the `if`
 * that tests it, or after an `if (!part.<key>) continue;` (or `return`) earlier in the loop.
 * There the rewritten entry is of that type, and TypeScript narrows it so.
 */
function guarded(ctx: LocatorContext, read: TSESTree.Node, loop: TSESTree.ForOfStatement, name: string, key: string): boolean {
  const tests = (test: TSESTree.Node, negated: boolean) => {
    const text = ctx.sourceCode.getText(test).replace(/\s+/gu, "");
    const member = `${name}(?:\\?)?\\.${key}`;
    return new RegExp(negated ? `^!${member}$` : `^${member}(?:&&|$)`, "u").test(text);
  };
  for (let node: TSESTree.Node = read; node.parent && node !== loop.body; node = node.parent) {
    const parent = node.parent;
    if (parent.type === AST_NODE_TYPES.IfStatement && parent.consequent === node && tests(parent.test, false)) return true;
    if (parent.type === AST_NODE_TYPES.BlockStatement) {
      const earlier = parent.body.slice(0, parent.body.indexOf(node as TSESTree.Statement));
      const exits = (s: TSESTree.Statement) => s.type === AST_NODE_TYPES.ContinueStatement || s.type === AST_NODE_TYPES.ReturnStatement || s.type === AST_NODE_TYPES.ThrowStatement;
      if (earlier.some((s) => s.type === AST_NODE_TYPES.IfStatement && !s.alternate && tests(s.test, true) && exits(s.consequent.type === AST_NODE_TYPES.BlockStatement && s.consequent.body.length === 1 ? s.consequent.body[0]! : s.consequent))) return true;
    }
  }
  return false;
}

/** `part.inlineData` → `part.type === "image"`, in parentheses where it is negated. */
function typeTest(node: TSESTree.Node, name: string, type: string): TextEdit {
  const test = `${name}.type === ${type}`;
  return textFixer.replaceText(node, node.parent?.type === AST_NODE_TYPES.UnaryExpression ? `(${test})` : test);
}

/** True for an expression that is a test: an `if`'s or a ternary's, one side of `&&` in one, or negated in one. */
function isTest(node: TSESTree.Node): boolean {
  const parent = node.parent;
  if (parent?.type === AST_NODE_TYPES.IfStatement || parent?.type === AST_NODE_TYPES.ConditionalExpression) return parent.test === node;
  if (parent?.type === AST_NODE_TYPES.UnaryExpression && parent.operator === "!") return isTest(parent);
  return parent?.type === AST_NODE_TYPES.LogicalExpression && parent.operator === "&&" && isTest(parent);
}
