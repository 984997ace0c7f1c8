import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESTree } from "@typescript-eslint/utils";
import { calleeName, memberName, unwrap } from "./ast.js";
import { destructuredMember, resolveBinding } from "./binding.js";
import type { LocatorContext } from "./context.js";
import type { LocatedRequest } from "./types.js";

/**
 * Members that hold the answer of what they are read from: axios's `res.data`, the legacy SDK's
 * `result.response`. Reading them keeps following the same response.
 */
const ANSWER_MEMBERS: ReadonlySet<string> = new Set(["data", "response"]);

/** How many consts and hops a response is followed through: real code needs two or three. */
const MAX_HOPS = 8;

/**
 * The expression whose `candidates` a member chain reads (`json` in
 * `json.candidates[0].content.parts[0]`), following consts and calls on the way
 * (`const parts = json.candidates[0].content.parts; parts.filter(…).at(-1)`); `undefined` when
 * the chain reads no `candidates`.
 */
export function candidatesReceiver(ctx: LocatorContext, node: TSESTree.Node): TSESTree.Node | undefined {
  return memberReceiver(ctx, node, "candidates");
}

/**
 * The expression whose `steps` (an interaction's result) a member chain reads: `interaction` in
 * `interaction.steps.filter(…)[0].content`, through consts and calls as `candidatesReceiver` does.
 */
export function stepsReceiver(ctx: LocatorContext, node: TSESTree.Node): TSESTree.Node | undefined {
  return memberReceiver(ctx, node, "steps");
}

/** The expression a member chain reads `member` from, following consts and calls on the way. */
function memberReceiver(ctx: LocatorContext, node: TSESTree.Node, member: string, hops = 0): TSESTree.Node | undefined {
  let current: TSESTree.Node = unwrap(node);
  for (;;) {
    if (current.type === AST_NODE_TYPES.MemberExpression) {
      if (memberName(current) === member) return current.object;
      current = unwrap(current.object);
    } else if (current.type === AST_NODE_TYPES.CallExpression) {
      current = unwrap(current.callee);
    } else if (current.type === AST_NODE_TYPES.Identifier && hops < MAX_HOPS) {
      // `const { steps } = interaction`: the variable is that member of the destructured object.
      const destructured = destructuredMember(ctx, current);
      if (destructured) return destructured.member === member ? destructured.from : undefined;
      const init = resolveBinding(ctx, current)?.init;
      return init ? memberReceiver(ctx, init, member, hops + 1) : undefined;
    } else {
      return undefined;
    }
  }
}

/**
 * The call of this file that sent the request an answer came from: `fetch(…)` for `json` in
 * `const res = await fetch(…); const json = await res.json()`, the SDK call for
 * `const result = await ai.models.generateContent(…)`; through consts, `res.json()`, axios's
 * `.data` and the legacy SDK's `.response`. `undefined` when the answer arrives some other way
 * (a parameter, a callback, a stream).
 */
export function answeringCall(ctx: LocatorContext, node: TSESTree.Node, hops = 0): TSESTree.CallExpression | undefined {
  if (hops > MAX_HOPS) return undefined;
  const current = unwrap(node);
  switch (current.type) {
    case AST_NODE_TYPES.Identifier: {
      const init = resolveBinding(ctx, current)?.init;
      return init ? answeringCall(ctx, init, hops + 1) : undefined;
    }
    case AST_NODE_TYPES.MemberExpression: {
      const from = answerUnwrapped(current);
      return from ? answeringCall(ctx, from, hops + 1) : undefined;
    }
    case AST_NODE_TYPES.CallExpression: {
      const from = answerUnwrapped(current);
      if (from) return answeringCall(ctx, from, hops + 1);
      // `fetch(…).then((r) => r.json())` and axios's `.then((r) => r.data)` hand on the same answer.
      const callee = unwrap(current.callee);
      if (callee.type === AST_NODE_TYPES.MemberExpression && calleeName(callee) === "then" && passesAnswerOn(current.arguments[0])) {
        return answeringCall(ctx, callee.object, hops + 1);
      }
      return current;
    }
    default:
      return undefined;
  }
}

/**
 * What an expression parses or unwraps the answer of: `res` for `res.json()`, axios's
 * `res.data`, the legacy SDK's `result.response`; `undefined` for anything else.
 */
function answerUnwrapped(node: TSESTree.Node): TSESTree.Node | undefined {
  if (node.type === AST_NODE_TYPES.MemberExpression) return ANSWER_MEMBERS.has(memberName(node) ?? "") ? node.object : undefined;
  if (node.type !== AST_NODE_TYPES.CallExpression || node.arguments.length > 0) return undefined;
  const callee = unwrap(node.callee);
  return callee.type === AST_NODE_TYPES.MemberExpression && calleeName(callee) === "json" ? callee.object : undefined;
}

/**
 * Whether a `.then` callback returns the answer it is given, parsed or unwrapped:
 * `(r) => r.json()`, `(res) => res.data`, `function (r) { return r.json(); }`.
 */
function passesAnswerOn(callback: TSESTree.Node | undefined): boolean {
  if (callback?.type !== AST_NODE_TYPES.ArrowFunctionExpression && callback?.type !== AST_NODE_TYPES.FunctionExpression) return false;
  const [param] = callback.params;
  if (callback.params.length !== 1 || param?.type !== AST_NODE_TYPES.Identifier) return false;
  let returned: TSESTree.Node | null | undefined = callback.body;
  if (returned.type === AST_NODE_TYPES.BlockStatement) {
    const [statement] = returned.body;
    returned = returned.body.length === 1 && statement?.type === AST_NODE_TYPES.ReturnStatement ? statement.argument : undefined;
  }
  const from = returned && answerUnwrapped(unwrap(returned));
  const read = from && unwrap(from);
  return read?.type === AST_NODE_TYPES.Identifier && read.name === param.name;
}

/**
 * The located requests whose answer a response expression holds (several when one call sends
 * bodies built in branches); empty when it cannot be followed to a request of this file.
 */
export function requestsAnswering(ctx: LocatorContext, requests: readonly LocatedRequest[], response: TSESTree.Node): LocatedRequest[] {
  const call = answeringCall(ctx, response);
  return call ? requests.filter((request) => request.node === call) : [];
}
