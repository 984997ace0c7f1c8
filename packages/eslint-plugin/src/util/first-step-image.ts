import { INTERACTION_RESPONSE } from "@gemini-image/protocol";
import { AST_NODE_TYPES, ASTUtils, type TSESTree } from "@typescript-eslint/utils";
import { destructuredMember, memberName, resolveBinding, stepsReceiver, unwrap, type LocatorContext } from "@gemini-image/locator";

/**
 * Reading the FIRST image of an interaction's `steps` as its result. The SDK's `output_image`
 * is the LAST image of the "model_output" steps (facts page "The Interactions API", response;
 * `@google/genai` 3.3.0 builds it walking `steps` and each step's `content` from the end);
 * thought steps come first and hold only interim images, and a step's `content` may hold text
 * beside the image. So taking index 0 or the first match of a search picks the wrong entry.
 */
export interface FirstStepRead {
  /** What is reported: `steps[0]`, `content[0]`, or the `find(…)` call / `filter(…)[0]`. */
  readonly node: TSESTree.Node;
  /** What the chain reads `steps` from: the interaction (or its REST answer), to find its request. */
  readonly receiver: TSESTree.Node;
}

/** The `type` values whose first match is the first output step or image entry. */
const RESULT_TYPES: ReadonlySet<unknown> = new Set([INTERACTION_RESPONSE.outputStepType, INTERACTION_RESPONSE.imageContentType]);

/** The MIME type field of an interaction's content entry (`ImageContent.mime_type` in the SDK types). */
const INTERACTION_MIME_TYPE = "mime_type";

/** Fields of an image entry (`ImageContent` in the SDK types): reading one reads the image. */
const IMAGE_FIELDS: ReadonlySet<string> = new Set(["data", "uri"]);

/**
 * The first-image read at `node`, if it is one, from a chain that reads an interaction's `steps`:
 * - `steps[0].content` — the first step, often a thought, as the output;
 * - `….content[0].data` / `.uri` — the first entry of a step's content as the image;
 * - `steps.find((s) => s.type === "model_output")`, `….find((c) => c.type === "image")` (or
 *   `c.mime_type?.startsWith("image/")`) or the same with `filter(…)[0]`, its result used — the
 *   first output step or image.
 */
export function firstStepRead(ctx: LocatorContext, node: TSESTree.MemberExpression | TSESTree.CallExpression): FirstStepRead | undefined {
  if (node.type === AST_NODE_TYPES.CallExpression) return firstMatch(ctx, node);
  const name = memberName(node);
  const object = unwrap(node.object);
  if (name === "content" && isIndexZero(object) && holdsMember(ctx, unwrap(object.object), INTERACTION_RESPONSE.steps)) {
    return read(ctx, object);
  }
  if (name !== undefined && IMAGE_FIELDS.has(name) && isIndexZero(object)) {
    const content = unwrap(object.object);
    if (!holdsMember(ctx, content, "content")) return undefined;
    // A chain is reported once: `steps[0].content[0]` at `steps[0]`, `find(…).content[0]` at `find`.
    if (content.type === AST_NODE_TYPES.MemberExpression) {
      const step = unwrap(content.object);
      if (firstStepRead(ctx, content)) return undefined;
      if ((step.type === AST_NODE_TYPES.MemberExpression || step.type === AST_NODE_TYPES.CallExpression) && firstStepRead(ctx, step)) return undefined;
    }
    return read(ctx, object);
  }
  // `filter(…)[0]` is the first match, as `find(…)` is.
  if (isIndexZero(node)) {
    const call = unwrap(node.object);
    if (call.type === AST_NODE_TYPES.CallExpression && calledMethod(call) === "filter") return searchRead(ctx, call, node);
  }
  return undefined;
}

function firstMatch(ctx: LocatorContext, call: TSESTree.CallExpression): FirstStepRead | undefined {
  if (calledMethod(call) !== "find" || !isUsed(call)) return undefined;
  return searchRead(ctx, call, call);
}

/** A search over the steps or their content for an output step or image entry. */
function searchRead(ctx: LocatorContext, call: TSESTree.CallExpression, reported: TSESTree.Node): FirstStepRead | undefined {
  const predicate = call.arguments[0];
  if (!predicate || !comparesResultType(predicate)) return undefined;
  return read(ctx, reported, (call.callee as TSESTree.MemberExpression).object);
}

function read(ctx: LocatorContext, node: TSESTree.Node, chain: TSESTree.Node = node): FirstStepRead | undefined {
  const receiver = stepsReceiver(ctx, chain) ?? loopReceiver(ctx, chain);
  return receiver ? { node, receiver } : undefined;
}

/**
 * The interaction whose steps a loop walks, for a chain read from the loop's variable
 * (`for (const step of interaction.steps) … step.content[0].data`): the first match wins there.
 */
function loopReceiver(ctx: LocatorContext, chain: TSESTree.Node): TSESTree.Node | undefined {
  let root = unwrap(chain);
  while (root.type === AST_NODE_TYPES.MemberExpression) root = unwrap(root.object);
  if (root.type !== AST_NODE_TYPES.Identifier) return undefined;
  const def = ASTUtils.findVariable(ctx.sourceCode.getScope(root), root)?.defs[0];
  const loop = def?.type === "Variable" ? def.parent.parent : undefined;
  return loop?.type === AST_NODE_TYPES.ForOfStatement && loop.left === def?.parent ? stepsReceiver(ctx, loop.right) : undefined;
}

function isIndexZero(node: TSESTree.Node): node is TSESTree.MemberExpression {
  return node.type === AST_NODE_TYPES.MemberExpression && node.computed && node.property.type === AST_NODE_TYPES.Literal && node.property.value === 0;
}

/** True for `….member`, or a const that holds it (`const steps = interaction.steps`, `const { steps } = interaction`). */
function holdsMember(ctx: LocatorContext, node: TSESTree.Node, member: string): boolean {
  if (node.type === AST_NODE_TYPES.MemberExpression) return memberName(node) === member;
  if (node.type !== AST_NODE_TYPES.Identifier) return false;
  if (destructuredMember(ctx, node)?.member === member) return true;
  const init = resolveBinding(ctx, node)?.init;
  const value = init ? unwrap(init) : undefined;
  return value?.type === AST_NODE_TYPES.MemberExpression && memberName(value) === member;
}

function calledMethod(call: TSESTree.CallExpression): string | undefined {
  const callee = unwrap(call.callee);
  return callee.type === AST_NODE_TYPES.MemberExpression ? memberName(callee) : undefined;
}

/**
 * True when the result of `find(…)` is kept or read (`.content`, a const, a return), not only
 * tested (`if (steps.find(…))`, `!steps.find(…)`), which picks nothing.
 */
function isUsed(call: TSESTree.CallExpression): boolean {
  let current: TSESTree.Node = call;
  while (current.parent?.type === AST_NODE_TYPES.ChainExpression || current.parent?.type === AST_NODE_TYPES.TSNonNullExpression) current = current.parent;
  const parent = current.parent;
  if (!parent) return false;
  switch (parent.type) {
    case AST_NODE_TYPES.MemberExpression:
      return parent.object === current;
    case AST_NODE_TYPES.VariableDeclarator:
    case AST_NODE_TYPES.ReturnStatement:
    case AST_NODE_TYPES.ArrowFunctionExpression:
    case AST_NODE_TYPES.AssignmentExpression:
    case AST_NODE_TYPES.AwaitExpression:
      return true;
    default:
      return false;
  }
}

/**
 * True when a predicate compares a `type` with "model_output" or "image"
 * (`(s) => s.type === "model_output"`, `({ type }) => "image" === type`).
 */
function comparesResultType(predicate: TSESTree.Node): boolean {
  if (predicate.type !== AST_NODE_TYPES.ArrowFunctionExpression && predicate.type !== AST_NODE_TYPES.FunctionExpression) return false;
  const stack: TSESTree.Node[] = [predicate.body];
  while (stack.length > 0) {
    const node = unwrap(stack.pop()!);
    if (node.type === AST_NODE_TYPES.BinaryExpression && (node.operator === "===" || node.operator === "==")) {
      const sides = [unwrap(node.left), unwrap(node.right)];
      const literal = sides.find((side) => side.type === AST_NODE_TYPES.Literal && RESULT_TYPES.has(side.value));
      const other = sides.find((side) => side !== literal);
      if (literal && other && namesType(other)) return true;
      // `c.mime_type === "image/png"`: an image entry found by its MIME type.
      const mime = sides.find((side) => side.type === AST_NODE_TYPES.Literal && isImageMime(side.value));
      const field = sides.find((side) => side !== mime);
      if (mime && field && namesMimeType(field)) return true;
    } else if (node.type === AST_NODE_TYPES.CallExpression) {
      // `c.mime_type?.startsWith("image/")`.
      const callee = unwrap(node.callee);
      const prefix = node.arguments[0];
      if (callee.type === AST_NODE_TYPES.MemberExpression && memberName(callee) === "startsWith" && namesMimeType(unwrap(callee.object)) && prefix?.type === AST_NODE_TYPES.Literal && isImageMime(prefix.value)) return true;
    } else if (node.type === AST_NODE_TYPES.LogicalExpression) {
      stack.push(node.left, node.right);
    } else if (node.type === AST_NODE_TYPES.BlockStatement) {
      for (const statement of node.body) if (statement.type === AST_NODE_TYPES.ReturnStatement && statement.argument) stack.push(statement.argument);
    }
  }
  return false;
}

/** `c.mime_type` (an interaction content entry's MIME type), or a destructured `mime_type`. */
function namesMimeType(node: TSESTree.Node): boolean {
  if (node.type === AST_NODE_TYPES.MemberExpression) return memberName(node) === INTERACTION_MIME_TYPE;
  return node.type === AST_NODE_TYPES.Identifier && node.name === INTERACTION_MIME_TYPE;
}

const isImageMime = (value: unknown): boolean => typeof value === "string" && value.startsWith("image/");

/** `s.type`, `s?.type` or a destructured `type`. */
function namesType(node: TSESTree.Node): boolean {
  if (node.type === AST_NODE_TYPES.MemberExpression) return memberName(node) === "type";
  return node.type === AST_NODE_TYPES.Identifier && node.name === "type";
}
