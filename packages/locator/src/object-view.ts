import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESTree } from "@typescript-eslint/utils";
import { isJsonStringify, staticKeyName, unwrap } from "./ast.js";
import { assignedValues, resolveBinding } from "./binding.js";
import type { LocatorContext } from "./context.js";
import { analyseUsage, type Mutation } from "./usage.js";

/** One key of a request object, written in an object literal or assigned later. */
export interface FieldEntry {
  readonly key: string;
  /** The property, or the later assignment (`body.generationConfig = …`). */
  readonly node: TSESTree.Property | TSESTree.AssignmentExpression;
  /** Where findings about the key itself are reported. */
  readonly keyNode: TSESTree.Node;
  readonly value: TSESTree.Node;
  /** The object literal holding the property; `undefined` for assignments. */
  readonly object: TSESTree.ObjectExpression | undefined;
}

const MAX_DEPTH = 8;

/**
 * An object as the request will carry it: the properties of its literal, of spread local
 * consts, and of later assignments. `mayHaveUnknownKeys` says that code the locator cannot see
 * (a spread of a parameter, a helper that receives the object) may add keys, so rules must not
 * report a key as missing.
 */
export class ObjectView {
  readonly entries: FieldEntry[] = [];
  mayHaveUnknownKeys = false;
  /** The object literal the view starts from, when there is one. */
  node: TSESTree.ObjectExpression | undefined;
  readonly mutations: Mutation[] = [];

  constructor(private readonly ctx: LocatorContext, private readonly depth: number) {}

  /** The last definition of `key` (a later assignment wins over the literal). */
  get(key: string): FieldEntry | undefined {
    for (let i = this.entries.length - 1; i >= 0; i--) {
      if (this.entries[i]!.key === key) return this.entries[i];
    }
    return undefined;
  }

  /** The first of `keys` that is defined. */
  find(...keys: readonly (string | undefined)[]): FieldEntry | undefined {
    for (const key of keys) {
      const entry = key === undefined ? undefined : this.get(key);
      if (entry) return entry;
    }
    return undefined;
  }

  /** The object under `key`, with the assignments made into it later. */
  child(key: string): ObjectView | undefined {
    const entry = this.get(key);
    if (!entry) return undefined;
    const view = viewOf(this.ctx, entry.value, this.depth + 1);
    if (!view) return undefined;
    for (const mutation of this.mutations) {
      if (mutation.path.length > 1 && mutation.path[0] === key) {
        view.addMutation({ ...mutation, path: mutation.path.slice(1) });
      }
    }
    if (this.mayHaveUnknownKeys) view.mayHaveUnknownKeys = true;
    return view;
  }

  /**
   * The objects under `key`: the object itself, or each object element of an array (through
   * local consts), as for an Interactions `response_format` that is one entry or a list.
   */
  childObjects(key: string): ObjectView[] {
    const single = this.child(key);
    if (single) return [single];
    const entry = this.get(key);
    const array = entry ? arrayLiteralOf(this.ctx, entry.value) : undefined;
    const views: ObjectView[] = [];
    for (const element of array?.elements ?? []) {
      if (!element || element.type === AST_NODE_TYPES.SpreadElement) continue;
      const view = viewOf(this.ctx, element, this.depth + 1);
      if (view) views.push(view);
    }
    return views;
  }

  /** The first of `keys` whose value is an object the locator can read. */
  findChild(...keys: readonly (string | undefined)[]): ObjectView | undefined {
    for (const key of keys) {
      if (key !== undefined && this.get(key)) return this.child(key);
    }
    return undefined;
  }

  /** Adds the properties of an object literal; unresolvable spreads make the keys unknown. */
  addObject(object: TSESTree.ObjectExpression): void {
    for (const property of object.properties) {
      if (property.type === AST_NODE_TYPES.SpreadElement) {
        const spread = this.depth < MAX_DEPTH ? viewOf(this.ctx, property.argument, this.depth + 1) : undefined;
        if (!spread) {
          this.mayHaveUnknownKeys = true;
          continue;
        }
        this.entries.push(...spread.entries);
        this.mutations.push(...spread.mutations);
        if (spread.mayHaveUnknownKeys) this.mayHaveUnknownKeys = true;
        continue;
      }
      const key = staticKeyName(property.key, property.computed);
      if (key === undefined) {
        this.mayHaveUnknownKeys = true;
        continue;
      }
      this.entries.push({ key, node: property, keyNode: property.key, value: property.value, object });
    }
  }

  /** Records a later assignment; a direct one (`body.x = …`) becomes an entry. */
  addMutation(mutation: Mutation): void {
    if (mutation.path.length === 1) {
      this.entries.push({
        key: mutation.path[0]!,
        node: mutation.assignment,
        keyNode: mutation.keyNode,
        value: mutation.assignment.right,
        object: undefined,
      });
    } else {
      this.mutations.push(mutation);
    }
  }
}

/**
 * The object an expression evaluates to, when the locator can read it: an object literal, a
 * local variable holding one (with its later assignments), or `JSON.stringify` of either.
 */
export function viewOf(ctx: LocatorContext, node: TSESTree.Node, depth = 0): ObjectView | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const current = unwrap(node);
  if (current.type === AST_NODE_TYPES.ObjectExpression) {
    const view = new ObjectView(ctx, depth);
    view.node = current;
    view.addObject(current);
    return view;
  }
  if (current.type === AST_NODE_TYPES.Identifier) {
    const binding = resolveBinding(ctx, current);
    if (!binding) return undefined;
    const view = viewOf(ctx, binding.init, depth + 1);
    if (!view) return undefined;
    const usage = analyseUsage(binding);
    for (const mutation of usage.mutations) view.addMutation(mutation);
    if (usage.escapes) view.mayHaveUnknownKeys = true;
    return view;
  }
  if (current.type === AST_NODE_TYPES.CallExpression && isJsonStringify(current) && current.arguments[0]) return viewOf(ctx, current.arguments[0], depth + 1);
  return undefined;
}

/** The array literal an expression evaluates to, through local consts. */
export function arrayLiteralOf(ctx: LocatorContext, node: TSESTree.Node, depth = 0): TSESTree.ArrayExpression | undefined {
  const current = unwrap(node);
  if (current.type === AST_NODE_TYPES.ArrayExpression) return current;
  if (current.type !== AST_NODE_TYPES.Identifier || depth > MAX_DEPTH) return undefined;
  const init = resolveBinding(ctx, current)?.init;
  return init ? arrayLiteralOf(ctx, init, depth + 1) : undefined;
}

/** The object literal an expression evaluates to, through local variables. */
export function objectLiteralOf(ctx: LocatorContext, node: TSESTree.Node): TSESTree.ObjectExpression | undefined {
  return viewOf(ctx, node)?.node;
}

/**
 * The objects an expression may evaluate to: the one `viewOf` reads, or one per branch for a
 * variable assigned whole objects in branches (`let body; if (a) body = {…}; else body = {…}`),
 * each with the later assignments into the variable. An empty `{}` initializer that later
 * writes replace is a placeholder, not a body, and is left out.
 */
export function viewsOf(ctx: LocatorContext, node: TSESTree.Node, depth = 0): ObjectView[] {
  const single = viewOf(ctx, node, depth);
  if (single) return [single];
  if (depth > MAX_DEPTH) return [];
  const current = unwrap(node);
  if (current.type === AST_NODE_TYPES.CallExpression && isJsonStringify(current) && current.arguments[0]) {
    return viewsOf(ctx, current.arguments[0], depth + 1);
  }
  if (current.type !== AST_NODE_TYPES.Identifier) return [];
  const binding = resolveBinding(ctx, current);
  if (binding) return viewsOf(ctx, binding.init, depth + 1);
  const assigned = assignedValues(ctx, current);
  if (!assigned || assigned.values.length < 2) return [];
  const usage = analyseUsage(assigned, true);
  const views: ObjectView[] = [];
  assigned.values.forEach((value, i) => {
    const object = unwrap(value);
    if (i === 0 && assigned.declarator.init === value && object.type === AST_NODE_TYPES.ObjectExpression && object.properties.length === 0) return;
    const view = viewOf(ctx, value, depth + 1);
    if (!view) return;
    for (const mutation of usage.mutations) view.addMutation(mutation);
    if (usage.escapes) view.mayHaveUnknownKeys = true;
    views.push(view);
  });
  return views;
}
