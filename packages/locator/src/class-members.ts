import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { isIdentifier, memberName, staticKeyName } from "./ast.js";
import type { LocatorContext } from "./context.js";

type ClassNode = TSESTree.ClassDeclaration | TSESTree.ClassExpression;

/** What a class does with one of its members, as far as its own body shows. */
export interface MemberFacts {
  /** The values written to the member: its initializer and every `this.x = …`. */
  readonly values: TSESTree.Node[];
  /**
   * True when code outside the class body may write it too: a public mutable field, a
   * constructor parameter property, a compound write. Its values are then only the likely ones.
   */
  open: boolean;
  /** The member called as a method inside the class (`this.post(url, body)`). */
  readonly calls: TSESTree.CallExpression[];
}

interface ClassFacts {
  readonly members: Map<string, MemberFacts>;
  /** `Object.assign(this, …)` or a dynamic `this[key] = …`: any member may be written. */
  anyOpen: boolean;
}

const classes = new WeakMap<ClassNode, ClassFacts>();

/** The facts about `name` (a static member when `isStatic`) of a class, read once per class. */
export function memberFacts(ctx: LocatorContext, node: ClassNode, name: string, isStatic: boolean): MemberFacts | undefined {
  let facts = classes.get(node);
  if (!facts) {
    facts = readClass(ctx.sourceCode.visitorKeys, node);
    classes.set(node, facts);
  }
  const member = facts.members.get(memberKey(name, isStatic));
  if (member && facts.anyOpen) member.open = true;
  return member;
}

/** The class whose instance (or, in static code, whose constructor) `this` is at a node. */
export function classOfThis(node: TSESTree.Node): { readonly node: ClassNode; readonly isStatic: boolean } | undefined {
  let child: TSESTree.Node = node;
  for (let current = node.parent; current; child = current, current = current.parent) {
    switch (current.type) {
      case AST_NODE_TYPES.FunctionExpression:
      case AST_NODE_TYPES.FunctionDeclaration: {
        const method = current.parent;
        if (method?.type !== AST_NODE_TYPES.MethodDefinition || method.value !== current) return undefined;
        return classOf(method, method.static);
      }
      case AST_NODE_TYPES.PropertyDefinition:
        return current.value === child ? classOf(current, current.static) : undefined;
      case AST_NODE_TYPES.StaticBlock:
        return classOf(current, true);
      case AST_NODE_TYPES.Program:
        return undefined;
      default:
        break;
    }
  }
  return undefined;
}

function classOf(element: TSESTree.Node, isStatic: boolean): { node: ClassNode; isStatic: boolean } | undefined {
  const body = element.parent;
  const owner = body?.parent;
  if (owner?.type !== AST_NODE_TYPES.ClassDeclaration && owner?.type !== AST_NODE_TYPES.ClassExpression) return undefined;
  return { node: owner, isStatic };
}

function memberKey(name: string, isStatic: boolean): string {
  return `${isStatic ? "static " : ""}${name}`;
}

/** Reads the declarations of a class and the `this.x = …` writes and `this.m(…)` calls in its code. */
function readClass(keys: TSESLint.SourceCode.VisitorKeys, node: ClassNode): ClassFacts {
  const facts: ClassFacts = { members: new Map(), anyOpen: false };
  const member = (name: string, isStatic: boolean): MemberFacts => {
    const key = memberKey(name, isStatic);
    let found = facts.members.get(key);
    if (!found) {
      // Members first seen as a write (`this.model = …` in plain JS) are public.
      found = { values: [], open: true, calls: [] };
      facts.members.set(key, found);
    }
    return found;
  };

  // `this` is the instance in instance code, the class in static code; plain functions rebind it.
  const stack: { node: TSESTree.Node; self: "instance" | "static" | undefined }[] = [];
  for (const element of node.body.body) {
    if (element.type === AST_NODE_TYPES.PropertyDefinition || element.type === AST_NODE_TYPES.MethodDefinition) {
      const name = element.key.type === AST_NODE_TYPES.PrivateIdentifier ? `#${element.key.name}` : staticKeyName(element.key, element.computed);
      if (name !== undefined && element.type === AST_NODE_TYPES.PropertyDefinition) {
        const facts = member(name, element.static);
        facts.open = element.accessibility === undefined && !element.readonly && !name.startsWith("#");
        if (element.value) facts.values.push(element.value);
      }
      if (element.type === AST_NODE_TYPES.MethodDefinition && element.kind === "constructor") {
        for (const param of element.value.params) {
          if (param.type !== AST_NODE_TYPES.TSParameterProperty) continue;
          const target = param.parameter;
          const id = target.type === AST_NODE_TYPES.AssignmentPattern ? target.left : target;
          if (id.type !== AST_NODE_TYPES.Identifier) continue;
          // The caller passes the value: the default is only the likely one.
          const facts = member(id.name, false);
          facts.open = true;
          if (target.type === AST_NODE_TYPES.AssignmentPattern) facts.values.push(target.right);
        }
      }
      const value = element.value;
      if (value) stack.push({ node: value, self: element.static ? "static" : "instance" });
    } else if (element.type === AST_NODE_TYPES.StaticBlock) {
      stack.push({ node: element, self: "static" });
    }
  }

  while (stack.length > 0) {
    const { node: current, self } = stack.pop()!;
    if (self !== undefined) {
      if (current.type === AST_NODE_TYPES.AssignmentExpression && current.left.type === AST_NODE_TYPES.MemberExpression && current.left.object.type === AST_NODE_TYPES.ThisExpression) {
        const name = thisMemberName(current.left);
        if (name === undefined) facts.anyOpen = true;
        else {
          const facts = member(name, self === "static");
          if (current.operator === "=") facts.values.push(current.right);
          else facts.open = true;
        }
      } else if (current.type === AST_NODE_TYPES.CallExpression) {
        const callee = current.callee;
        if (callee.type === AST_NODE_TYPES.MemberExpression && callee.object.type === AST_NODE_TYPES.ThisExpression) {
          const name = thisMemberName(callee);
          if (name !== undefined) member(name, self === "static").calls.push(current);
        } else if (
          callee.type === AST_NODE_TYPES.MemberExpression &&
          isIdentifier(callee.object, "Object") &&
          memberName(callee) === "assign" &&
          current.arguments[0]?.type === AST_NODE_TYPES.ThisExpression
        ) {
          facts.anyOpen = true;
        }
      }
    }
    const childSelf =
      current.type === AST_NODE_TYPES.FunctionExpression || current.type === AST_NODE_TYPES.FunctionDeclaration
        ? current.parent?.type === AST_NODE_TYPES.MethodDefinition || current.parent?.type === AST_NODE_TYPES.PropertyDefinition
          ? self
          : undefined
        : self;
    // A nested class has its own `this`.
    if (current.type === AST_NODE_TYPES.ClassDeclaration || current.type === AST_NODE_TYPES.ClassExpression) continue;
    const record = current as unknown as Record<string, unknown>;
    for (const key of keys[current.type] ?? []) {
      const child = record[key];
      if (Array.isArray(child)) {
        for (const item of child) if (item && typeof item === "object") stack.push({ node: item as TSESTree.Node, self: childSelf });
      } else if (child && typeof child === "object") {
        stack.push({ node: child as TSESTree.Node, self: childSelf });
      }
    }
  }
  return facts;
}

function thisMemberName(node: TSESTree.MemberExpression): string | undefined {
  if (node.property.type === AST_NODE_TYPES.PrivateIdentifier) return `#${node.property.name}`;
  return memberName(node);
}
