import { AST_NODE_TYPES } from "@typescript-eslint/types";
import { findVariable } from "@typescript-eslint/utils/ast-utils";
import type { TSESTree } from "@typescript-eslint/utils";
import { isIdentifier, memberName, unwrap } from "./ast.js";
import { assignedValues, resolveBinding } from "./binding.js";
import { classOfThis, memberFacts } from "./class-members.js";
import { scopeOf, type LocatorContext } from "./context.js";
import { viewOf, type ObjectView } from "./object-view.js";
import { isProcessEnv } from "./static-text.js";
import { argumentFor, findCallSites, forwardedParameter } from "./wrapper.js";

/** What an expression may evaluate to, as far as this file shows. */
export interface PossibleValues {
  /**
   * The expressions the value may come from, past variables, members, conditionals and
   * fallbacks: literals, templates, objects, calls, and the parameters, globals and members
   * that could not be followed. `null` and `undefined` are left out.
   */
  readonly nodes: readonly TSESTree.Node[];
  /**
   * True when the value may also be one this file does not show: an environment variable, a
   * parameter's argument, a public field written elsewhere, a map with unknown keys. The nodes
   * are then only the likely values (the fallback, the default), never the certain ones.
   */
  readonly open: boolean;
}

const MAX_DEPTH = 8;
/** Past this many values (a large table) the locator stops listing and calls the value open. */
const MAX_VALUES = 32;
/** Past this many callers of a function, its parameters are not followed to them. */
const MAX_CALLERS = 8;
const OPEN: PossibleValues = { nodes: [], open: true };

/** A value the file cannot follow further: itself, open. */
function opaque(node: TSESTree.Node): PossibleValues {
  return { nodes: [node], open: true };
}
const NOTHING: PossibleValues = { nodes: [], open: false };

/**
 * The values an expression may have: through consts and `let`s assigned in branches,
 * conditionals, `??`/`||` fallbacks, parameter defaults, class fields and static members
 * (`this.model`, `Provider.IMAGE_MODEL`), TS enums, and object or array maps (`MODELS.pro`,
 * `MODELS[tier]`, every value when the key is not known).
 */
export function possibleValues(ctx: LocatorContext, node: TSESTree.Node, depth = 0): PossibleValues {
  if (depth > MAX_DEPTH) return OPEN;
  const current = unwrap(node);
  switch (current.type) {
    case AST_NODE_TYPES.ConditionalExpression:
      return merge([possibleValues(ctx, current.consequent, depth + 1), possibleValues(ctx, current.alternate, depth + 1)]);
    case AST_NODE_TYPES.LogicalExpression: {
      if (current.operator === "&&") return opaque(current);
      const fallback = possibleValues(ctx, current.right, depth + 1);
      // The environment may hold anything: the literal is only what the code falls back to.
      if (isProcessEnv(current.left)) return { nodes: fallback.nodes, open: true };
      return merge([possibleValues(ctx, current.left, depth + 1), fallback]);
    }
    case AST_NODE_TYPES.Identifier:
      return current.name === "undefined" ? NOTHING : identifierValues(ctx, current, depth);
    case AST_NODE_TYPES.MemberExpression:
      return memberValues(ctx, current, depth);
    case AST_NODE_TYPES.Literal:
      return current.value === null ? NOTHING : { nodes: [current], open: false };
    default:
      return { nodes: [current], open: false };
  }
}

function identifierValues(ctx: LocatorContext, id: TSESTree.Identifier, depth: number): PossibleValues {
  const binding = resolveBinding(ctx, id);
  if (binding) return possibleValues(ctx, binding.init, depth + 1);
  const variable = findVariable(scopeOf(ctx, id), id);
  const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (def?.type === "Variable" && def.node.id.type === AST_NODE_TYPES.Identifier) {
    const assigned = assignedValues(ctx, id);
    return assigned ? merge(assigned.values.map((value) => possibleValues(ctx, value, depth + 1))) : opaque(id);
  }
  if (def?.type === "Parameter") {
    const passed = argumentValues(ctx, id, depth);
    if (passed) return passed;
  }
  // A parameter or a destructured name: the caller or the object decides; a default is likely.
  if (def?.type === "Variable" || def?.type === "Parameter") return defaultValue(ctx, id, def.name, depth);
  return opaque(id);
}

/**
 * The values the callers in this file pass for a parameter (`generate("gemini-3-pro-image", p)`),
 * with its default where a caller leaves it out. Open when unseen callers may exist (an exported
 * function, a method, a callback) or the function reassigns the parameter.
 */
function argumentValues(ctx: LocatorContext, id: TSESTree.Identifier, depth: number): PossibleValues | undefined {
  const forwarded = forwardedParameter(ctx, id);
  const variable = findVariable(scopeOf(ctx, id), id);
  if (!forwarded || !variable || variable.references.some((ref) => ref.isWrite() && ref.identifier.parent?.type === AST_NODE_TYPES.AssignmentExpression)) {
    return undefined;
  }
  const { calls, complete } = findCallSites(ctx, forwarded.fn);
  // Many callers (a bundled library's internals) would cost more than they tell.
  if (calls.length === 0 || calls.length > MAX_CALLERS) return undefined;
  const param = forwarded.fn.params[forwarded.index]!;
  const fallback = param.type === AST_NODE_TYPES.AssignmentPattern ? param.right : undefined;
  const found: PossibleValues[] = [{ nodes: [], open: !complete }];
  // Callers unseen here may leave the parameter out.
  if (!complete && fallback) found.push(possibleValues(ctx, fallback, depth + 1));
  for (const call of calls) {
    const argument = argumentFor(call, forwarded.index);
    // A recursive call (a retry) that passes the parameter on adds nothing.
    const recursive = forwarded.fn.range[0] <= call.range[0] && call.range[1] <= forwarded.fn.range[1];
    if (recursive && argument && isIdentifier(unwrap(argument), id.name)) continue;
    if (argument) found.push(possibleValues(ctx, argument, depth + 1));
    else if (call.arguments.some((a) => a.type === AST_NODE_TYPES.SpreadElement)) found.push(opaque(id));
    else if (fallback) found.push(possibleValues(ctx, fallback, depth + 1));
  }
  return merge(found);
}

/** The default of a parameter or destructured name (`modelName = "…"`), as a likely value. */
function defaultValue(ctx: LocatorContext, id: TSESTree.Identifier, name: TSESTree.Node, depth: number): PossibleValues {
  const pattern = name.parent;
  if (pattern?.type !== AST_NODE_TYPES.AssignmentPattern || pattern.left !== name) return opaque(id);
  return { nodes: possibleValues(ctx, pattern.right, depth + 1).nodes, open: true };
}

function memberValues(ctx: LocatorContext, member: TSESTree.MemberExpression, depth: number): PossibleValues {
  const name = member.property.type === AST_NODE_TYPES.PrivateIdentifier ? `#${member.property.name}` : memberName(member);
  const object = unwrap(member.object);
  if (object.type === AST_NODE_TYPES.ThisExpression) {
    if (name === undefined) return opaque(member);
    const owner = classOfThis(member);
    if (owner) return classMemberValues(ctx, owner.node, name, owner.isStatic, depth);
    // A method of an object literal (`const service = { model: "…", run() { … this.model … } }`):
    // any alias may change the object, and a call may rebind `this`, so its values are only likely.
    const literal = objectOfThis(member);
    const view = literal && viewOf(ctx, literal, depth + 1);
    return view ? { nodes: entryValues(ctx, view, name, depth).nodes, open: true } : opaque(member);
  }
  if (isProcessEnv(member)) return opaque(member);
  if (object.type === AST_NODE_TYPES.Identifier && name !== undefined) {
    const def = findVariable(scopeOf(ctx, object), object)?.defs[0];
    if (def?.type === "ClassName") return classMemberValues(ctx, def.node, name, true, depth);
    if (def?.type === "TSEnumName") {
      const body = def.node.body.members;
      const entry = body.find((m) => (m.id.type === AST_NODE_TYPES.Identifier ? m.id.name : m.id.value) === name);
      return entry?.initializer ? possibleValues(ctx, entry.initializer, depth + 1) : OPEN;
    }
  }
  const holders = holdersOf(ctx, object, depth);
  if (!holders) return opaque(member);
  const found: PossibleValues[] = [];
  for (const holder of holders.nodes) {
    if (holder.type === AST_NODE_TYPES.ArrayExpression) found.push(elementValues(ctx, holder, name, depth));
    else {
      const view = viewOf(ctx, holder, depth + 1);
      found.push(view ? entryValues(ctx, view, name, depth) : OPEN);
    }
  }
  return merge([...found, { nodes: [], open: holders.open }]);
}

/** The object literal whose method `this` is in, when it is one. */
function objectOfThis(node: TSESTree.Node): TSESTree.ObjectExpression | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === AST_NODE_TYPES.ArrowFunctionExpression) continue;
    if (current.type !== AST_NODE_TYPES.FunctionExpression && current.type !== AST_NODE_TYPES.FunctionDeclaration) continue;
    const property = current.parent;
    return property?.type === AST_NODE_TYPES.Property && property.value === current && property.parent.type === AST_NODE_TYPES.ObjectExpression
      ? property.parent
      : undefined;
  }
  return undefined;
}

/** The objects and arrays an expression may be: a variable's view keeps its later assignments. */
function holdersOf(ctx: LocatorContext, node: TSESTree.Node, depth: number): PossibleValues | undefined {
  if (node.type === AST_NODE_TYPES.Identifier) {
    const init = resolveBinding(ctx, node)?.init;
    if (init && unwrap(init).type === AST_NODE_TYPES.ObjectExpression) return { nodes: [node], open: false };
  }
  const values = possibleValues(ctx, node, depth + 1);
  const nodes = values.nodes.filter((n) => n.type === AST_NODE_TYPES.ObjectExpression || n.type === AST_NODE_TYPES.ArrayExpression);
  if (nodes.length === 0) return undefined;
  return { nodes, open: values.open || nodes.length !== values.nodes.length };
}

function entryValues(ctx: LocatorContext, view: ObjectView, name: string | undefined, depth: number): PossibleValues {
  if (name !== undefined) {
    const entry = view.get(name);
    if (!entry) return OPEN;
    const values = possibleValues(ctx, entry.value, depth + 1);
    return view.mayHaveUnknownKeys ? { nodes: values.nodes, open: true } : values;
  }
  // `MODELS[tier]`: any of the map's values.
  const all = merge(view.entries.map((entry) => possibleValues(ctx, entry.value, depth + 1)));
  return view.mayHaveUnknownKeys ? { nodes: all.nodes, open: true } : all;
}

function elementValues(ctx: LocatorContext, array: TSESTree.ArrayExpression, name: string | undefined, depth: number): PossibleValues {
  const index = name === undefined ? undefined : Number(name);
  if (index !== undefined && !Number.isInteger(index)) return OPEN;
  const elements = index === undefined ? array.elements : [array.elements[index]];
  const found: PossibleValues[] = [];
  for (const element of elements) {
    if (!element || element.type === AST_NODE_TYPES.SpreadElement) return OPEN;
    found.push(possibleValues(ctx, element, depth + 1));
  }
  return merge(found);
}

function classMemberValues(
  ctx: LocatorContext,
  node: TSESTree.ClassDeclaration | TSESTree.ClassExpression,
  name: string,
  isStatic: boolean,
  depth: number,
): PossibleValues {
  const facts = memberFacts(ctx, node, name, isStatic);
  if (!facts || facts.values.length === 0) return OPEN;
  const values = merge(facts.values.map((value) => possibleValues(ctx, value, depth + 1)));
  return facts.open ? { nodes: values.nodes, open: true } : values;
}

function merge(all: readonly PossibleValues[]): PossibleValues {
  const nodes: TSESTree.Node[] = [];
  let open = false;
  for (const values of all) {
    if (values.open) open = true;
    for (const node of values.nodes) if (!nodes.includes(node)) nodes.push(node);
  }
  return nodes.length > MAX_VALUES ? OPEN : { nodes, open };
}

