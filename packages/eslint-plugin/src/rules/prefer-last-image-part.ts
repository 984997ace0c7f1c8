import { FINDINGS, INTERACTION_RESPONSE, INLINE_DATA_FIELDS, FILE_DATA_FIELDS, CAMEL_TO_SNAKE, camelName } from "@gemini-image/protocol";
import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from "@typescript-eslint/utils";
import { candidatesReceiver, locateRequests, locatorContext, mayHoldRequests, memberName, requestsAnswering, resolveBinding, unwrap, type LocatorContext } from "@gemini-image/locator";
import { createRule } from "../util/create-rule.js";
import { findingData } from "../util/report.js";
import { firstStepRead, type FirstStepRead } from "../util/first-step-image.js";

export type MessageIds = "firstPartImage" | "snakeCaseResponse" | "useLastImagePart" | "useCamelCase";
export type Options = [];

/** Response fields people read in snake_case from Google's REST samples; responses are camelCase. */
const RESPONSE_SNAKE = new Set(
  ["inlineData", "fileData", "thoughtSignature", ...INLINE_DATA_FIELDS, ...FILE_DATA_FIELDS]
    .map((name) => CAMEL_TO_SNAKE[name])
    .filter((name) => name !== undefined),
);

export default createRule<Options, MessageIds>({
  name: "prefer-last-image-part",
  meta: {
    type: "problem",
    docs: {
      description: "Require reading the last non-thought image of a Gemini response (the last `model_output` image of an interaction), in camelCase",
      recommended: "recommended",
      severity: FINDINGS["first-part-image"].severity,
    },
    hasSuggestions: true,
    messages: {
      firstPartImage: "{{message}}",
      snakeCaseResponse: "{{message}}",
      useLastImagePart: "Take the last image part that is not a thought.",
      useCamelCase: "Read `{{camel}}`.",
    },
    schema: [],
  },
  defaultOptions: [],
  create(context) {
    const { sourceCode } = context;
    // Most files never read a generateContent response nor an interaction's `steps`; skip their
    // member expressions.
    const readsParts = sourceCode.text.includes("candidates") && sourceCode.text.includes("parts");
    // A step read is reported only against an interaction located in this file, so a file that
    // cannot hold one ("steps" alone is a common word) collects nothing.
    const readsSteps = sourceCode.text.includes(INTERACTION_RESPONSE.steps) && mayHoldRequests(context);
    if (!readsParts && !readsSteps) return {};
    const ctx = locatorContext(context);
    /** `parts[0]` reads, reported at the end of the file, once its requests are known. */
    const firstPartReads: FirstPartRead[] = [];
    /** First-image reads from an interaction's `steps`, reported once its requests are known. */
    const firstStepReads: FirstStepRead[] = [];

    function collectStepRead(node: TSESTree.MemberExpression | TSESTree.CallExpression): void {
      if (!readsSteps || isWriteTarget(node)) return;
      const read = firstStepRead(ctx, node);
      if (read) firstStepReads.push(read);
    }

    function reportFirstPart({ node, first, parts, name }: FirstPartRead): void {
      const partsText = sourceCode.getText(parts);
      const lastImage = `${partsText}.findLast((part) => part.inlineData?.mimeType?.startsWith("image/") && !part.thought)?.inlineData`;
      context.report({
        node: first,
        messageId: "firstPartImage",
        data: findingData("first-part-image", {}),
        suggest:
          name === "inlineData"
            ? [{ messageId: "useLastImagePart", fix: (fixer) => fixer.replaceText(node, lastImage) }]
            : [],
      });
    }

    return {
      // `….parts[0].inlineData` (or `inline_data`) read from a response.
      MemberExpression(node) {
        collectStepRead(node);
        const name = memberName(node);
        if (name !== "inlineData" && name !== "inline_data") return;
        const first = unwrap(node.object);
        if (!isIndexZero(first)) return;
        const parts = unwrap(first.object);
        if (!isPartsList(ctx, parts) || isWriteTarget(node)) return;
        const receiver = candidatesReceiver(ctx, parts);
        if (receiver) firstPartReads.push({ node, first, parts, name, receiver });
      },
      CallExpression: collectStepRead,
      "Program:exit"() {
        if (firstPartReads.length === 0 && firstStepReads.length === 0) return;
        const requests = locateRequests(context);
        for (const read of firstStepReads) {
          // Only the result of an interaction this file sends, and not a streamed one (it answers
          // events): other `steps` lists (a wizard's, a recipe's) are no Gemini response.
          const answering = requestsAnswering(ctx, requests, read.receiver);
          if (answering.length === 0) continue;
          if (!answering.every((request) => request.shape === "interactions" && !request.root.get("stream"))) continue;
          if (answering.every((request) => request.classification.verdict === "not-image")) continue;
          context.report({ node: read.node, messageId: "firstPartImage", data: findingData("first-part-image", { api: "interactions" }) });
        }
        for (const read of firstPartReads) {
          // A request that asks for no image (speech: ["AUDIO"] or a TTS model; text; JSON) has
          // no image part to pick: its first part is the answer it asked for.
          const answering = requestsAnswering(ctx, requests, read.receiver);
          if (answering.length > 0 && answering.every((request) => request.classification.verdict === "not-image")) continue;
          reportFirstPart(read);
        }
      },
      // `inline_data`, `mime_type` read from a response part are always undefined.
      "MemberExpression:exit"(node: TSESTree.MemberExpression) {
        const name = memberName(node);
        if (!name || !RESPONSE_SNAKE.has(name) || node.computed || isWriteTarget(node)) return;
        if (!readsResponse(ctx, node)) return;
        const camel = camelName(name)!;
        // `part.inlineData ?? part.inline_data` reads camelCase and keeps snake_case as a fallback
        // for gateways that answer it: the camelCase read is there, so nothing is lost.
        if (isFallbackOf(sourceCode, node, camel)) return;
        context.report({
          node: node.property,
          messageId: "snakeCaseResponse",
          data: findingData("snake-case-response", { field: name, camel }),
          suggest: [{ messageId: "useCamelCase", data: { camel }, fix: (fixer) => fixer.replaceText(node.property, camel) }],
        });
      },
    };
  },
});

function isIndexZero(node: TSESTree.Node): node is TSESTree.MemberExpression {
  return (
    node.type === AST_NODE_TYPES.MemberExpression &&
    node.computed &&
    node.property.type === AST_NODE_TYPES.Literal &&
    node.property.value === 0
  );
}

/** A `parts[0]` read, waiting for the end of the file. */
interface FirstPartRead {
  /** The `.inlineData` (or `.inline_data`) member read from the first part. */
  readonly node: TSESTree.MemberExpression;
  /** `parts[0]`. */
  readonly first: TSESTree.MemberExpression;
  /** The parts list: `….content.parts`, or a const holding it. */
  readonly parts: TSESTree.Node;
  readonly name: string;
  /** What the chain reads `candidates` from: the response, to find its request. */
  readonly receiver: TSESTree.Node;
}

/** True for `….parts`, or a const that holds it (`const parts = res.candidates[0].content.parts`). */
function isPartsList(ctx: LocatorContext, node: TSESTree.Node): boolean {
  if (node.type === AST_NODE_TYPES.MemberExpression) return memberName(node) === "parts";
  if (node.type !== AST_NODE_TYPES.Identifier) return false;
  const init = resolveBinding(ctx, node)?.init;
  const value = init ? unwrap(init) : undefined;
  return value?.type === AST_NODE_TYPES.MemberExpression && memberName(value) === "parts";
}

const readsCandidates = (ctx: LocatorContext, node: TSESTree.Node): boolean => candidatesReceiver(ctx, node) !== undefined;

/** True when the expression is assigned to (a request being built), not read. */
function isWriteTarget(node: TSESTree.Node): boolean {
  let current: TSESTree.Node = node;
  while (current.parent?.type === AST_NODE_TYPES.MemberExpression && current.parent.object === current) current = current.parent;
  return current.parent?.type === AST_NODE_TYPES.AssignmentExpression && current.parent.left === current;
}

/**
 * True when a member chain reads from a generateContent response: through `candidates`, or
 * from a variable that holds a part of one (`for (const part of res.candidates[0]…parts)`,
 * `parts.find((p) => p.inline_data)`, `const part = res.candidates[0]…`).
 */
function readsResponse(ctx: LocatorContext, node: TSESTree.MemberExpression): boolean {
  if (readsCandidates(ctx, node)) return true;
  let root: TSESTree.Node = unwrap(node);
  while (root.type === AST_NODE_TYPES.MemberExpression) root = unwrap(root.object);
  if (root.type !== AST_NODE_TYPES.Identifier) return false;
  const variable = ASTUtils.findVariable(ctx.sourceCode.getScope(root), root);
  const def = variable?.defs[0];
  if (!def) return false;
  if (def.type === "Variable") {
    const loop = def.parent.parent;
    if (loop?.type === AST_NODE_TYPES.ForOfStatement) return readsCandidates(ctx, loop.right);
    return def.node.init ? readsCandidates(ctx, def.node.init) : false;
  }
  if (def.type === "Parameter") {
    const call = def.node.parent;
    return call?.type === AST_NODE_TYPES.CallExpression && readsCandidates(ctx, call.callee);
  }
  return false;
}

/** Where a fallback stops being local: a function or a statement list. */
const FALLBACK_BOUNDARY = new Set<string>([
  AST_NODE_TYPES.FunctionDeclaration,
  AST_NODE_TYPES.FunctionExpression,
  AST_NODE_TYPES.ArrowFunctionExpression,
  AST_NODE_TYPES.BlockStatement,
  AST_NODE_TYPES.Program,
]);

/**
 * True when a snake_case read is the fallback of a read of its camelCase twin: the other side
 * of `??`/`||`, the other branch (or the test) of a `? :` or an `if`, reads `camel`.
 */
function isFallbackOf(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node, camel: string): boolean {
  let child: TSESTree.Node = node;
  for (let parent = node.parent; parent && !FALLBACK_BOUNDARY.has(parent.type); child = parent, parent = parent.parent) {
    let others: (TSESTree.Node | null | undefined)[] = [];
    if (parent.type === AST_NODE_TYPES.LogicalExpression && parent.operator !== "&&") others = [parent.left, parent.right];
    else if (parent.type === AST_NODE_TYPES.ConditionalExpression || parent.type === AST_NODE_TYPES.IfStatement) {
      others = [parent.test, parent.consequent, parent.alternate];
    }
    if (others.some((other) => other && other !== child && readsMember(sourceCode, other, camel))) return true;
  }
  return false;
}

/** True when `name` is read as a member anywhere in `root` (`a.inlineData`, `a?.["inlineData"]`). */
function readsMember(sourceCode: Readonly<TSESLint.SourceCode>, root: TSESTree.Node, name: string): boolean {
  const stack: TSESTree.Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === AST_NODE_TYPES.MemberExpression && memberName(node) === name) return true;
    for (const key of sourceCode.visitorKeys[node.type] ?? []) {
      const value = (node as unknown as Record<string, unknown>)[key];
      for (const item of Array.isArray(value) ? value : [value]) {
        if (item !== null && typeof item === "object" && "type" in item) stack.push(item as TSESTree.Node);
      }
    }
  }
  return false;
}
