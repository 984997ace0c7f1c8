import { calleeObject, resolveBinding, unwrap, type LocatedRequest, type LocatorContext } from "@gemini-image/locator";
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESTree } from "@typescript-eslint/utils";

const MAX_STEPS = 4;

/**
 * The located request whose call made the receiver of `request`'s call: `chats.create` for
 * `chat.sendMessage`, `getGenerativeModel` (or `startChat`) for a legacy model's calls, directly
 * (`genAI.getGenerativeModel(…).generateContent(…)`) or through a variable.
 */
function factoryOf(ctx: LocatorContext, request: LocatedRequest, byCall: ReadonlyMap<TSESTree.Node, LocatedRequest>): LocatedRequest | undefined {
  if (request.origin !== "call" || request.node.type !== AST_NODE_TYPES.CallExpression) return undefined;
  let receiver = calleeObject(request.node.callee);
  for (let step = 0; receiver && step < MAX_STEPS; step++) {
    const current = unwrap(receiver);
    if (current.type === AST_NODE_TYPES.CallExpression) return byCall.get(current);
    if (current.type !== AST_NODE_TYPES.Identifier) return undefined;
    receiver = resolveBinding(ctx, current)?.init;
  }
  return undefined;
}

/**
 * The file's requests as the audit lists them, one entry per request: a chat (`chats.create`
 * and its `sendMessage` calls) or a legacy model (`getGenerativeModel`, `startChat` and the
 * calls on them) is one request, not one per call. Each group lists its sending calls first, in
 * source order, and the factories after them, the one that made the rest last.
 */
export function groupRequests(ctx: LocatorContext, requests: readonly LocatedRequest[]): LocatedRequest[][] {
  const byCall = new Map<TSESTree.Node, LocatedRequest>();
  for (const request of requests) if (request.origin === "call") byCall.set(request.node, request);
  const parent = new Map<LocatedRequest, LocatedRequest>();
  for (const request of requests) {
    const factory = factoryOf(ctx, request, byCall);
    if (factory && factory !== request) parent.set(request, factory);
  }
  const rootOf = (request: LocatedRequest): LocatedRequest => {
    let current = request;
    for (let step = 0; parent.has(current) && step < MAX_STEPS; step++) current = parent.get(current)!;
    return current;
  };
  const depth = (request: LocatedRequest): number => {
    let count = 0;
    for (let current = request; parent.has(current) && count < MAX_STEPS; current = parent.get(current)!) count++;
    return count;
  };
  const groups = new Map<LocatedRequest, LocatedRequest[]>();
  for (const request of requests) {
    const root = rootOf(request);
    const group = groups.get(root) ?? [];
    group.push(request);
    groups.set(root, group);
  }
  // Deepest (the sending calls) first, then by position; the root factory ends each group.
  return [...groups.values()].map((group) => group.sort((a, b) => depth(b) - depth(a) || a.node.range[0] - b.node.range[0]));
}
