import { LEGACY_PARAMETER_TYPES, SDK_REQUEST_TYPES } from "@gemini-image/protocol";
import type { LocatedRequest, ObjectView } from "@gemini-image/locator";
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { extensionOf } from "@gemini-image/locator";
import { targetOf } from "@gemini-image/locator";
import type { Note } from "@gemini-image/locator";
import type { TransformContext } from "./transforms/types.js";

/**
 * What the codemod knows of an object's declared type, read from the syntax alone (the codemod
 * has no type checker): `open` takes any key (no annotation, `any`, an index signature);
 * `node` is an annotation written in this file; `sdk` is a request type of a Google SDK
 * (protocol `SDK_REQUEST_TYPES`); `unknown` is a type declared elsewhere, which may lack the key.
 */
type Declared =
  | { readonly kind: "open" }
  | { readonly kind: "node"; readonly node: TSESTree.TypeNode; readonly label?: string }
  | { readonly kind: "sdk"; readonly name: string }
  | { readonly kind: "unknown"; readonly name: string };

/** A member lookup: the member's type, or the type that was shown to lack it. */
type Member = Declared | { readonly kind: "lacks"; readonly owner: string } | { readonly kind: "unproven"; readonly owner: string };

const OPEN: Declared = { kind: "open" };
const SDK_PACKAGES = new Set(["@google/genai", "@google/generative-ai"]);
const TYPE_CHECKED = new Set([".ts", ".tsx", ".mts", ".cts"]);
/** Wrappers whose members are those of their first type argument. */
const SAME_MEMBERS = new Set(["Partial", "Readonly", "Required", "NonNullable"]);

/** True when the file's types are checked: TypeScript, or JavaScript that opts in with `// @ts-check`. */
export function isTypeChecked(sourceCode: TSESLint.SourceCode, path: string): boolean {
  return TYPE_CHECKED.has(extensionOf(path)) || sourceCode.getAllComments().some((c) => /^\s*@ts-check\b/u.test(c.value));
}

/**
 * Why writing `keys` into the object at `path` under the request would not type-check, or
 * `undefined` when it would (or when nothing is declared). Each key is checked along the path
 * twice: from the request's root (its annotation, or the legacy SDK's parameter type) and from
 * the receiving object's own annotation. A type the codemod cannot see is not trusted.
 */
export function undeclaredField(
  sourceCode: TSESLint.SourceCode,
  filePath: string,
  request: LocatedRequest,
  path: readonly string[],
  keys: readonly string[],
): string | undefined {
  if (!isTypeChecked(sourceCode, filePath) || !request.root.node) return undefined;
  const target = targetOf(request.root, path);
  if (!target) return undefined;
  const fromRoot = rootType(sourceCode, request, request.root.node);
  const fromTarget = target.object === request.root.node ? OPEN : contextType(sourceCode, request, target.object);
  for (const key of keys) {
    const why = verdict(sourceCode, fromRoot, [...path, key]) ?? verdict(sourceCode, fromTarget, [...target.missing, key]);
    if (why) return why;
  }
  return undefined;
}

/**
 * The follow-up that replaces an edit the declared types would refuse: `what` (`responseModalities:
 * ["IMAGE"]`) is to be added at `path` by hand. `undefined` when the edit type-checks.
 */
export function undeclaredFieldNote(
  context: TransformContext,
  request: LocatedRequest,
  path: readonly string[],
  keys: readonly string[],
  what: string,
): Note | undefined {
  const why = undeclaredField(context.sourceCode, context.path, request, path, keys);
  if (!why) return undefined;
  const elsewhere = request.shape === "legacy" ? `, or move this call to @google/genai, whose config declares it` : "";
  return { code: "undeclared-field", message: `add ${what} to ${path.length > 0 ? path.join(".") : "this object"} by hand: ${why}, so the edit would not type-check. Add the field to the type or cast the object${elsewhere}.` };
}

/** Where such a follow-up goes: before the deepest property along `path` written in the request, or its first one. */
export function noteAnchor(request: LocatedRequest, path: readonly string[]): TSESTree.Node | undefined {
  let anchor: TSESTree.Node | undefined = request.root.node?.properties[0];
  let view: ObjectView | undefined = request.root;
  for (const key of path) {
    const entry = view?.get(key);
    if (entry?.node.type !== AST_NODE_TYPES.Property) break;
    anchor = entry.node;
    view = view!.child(key);
  }
  return anchor ?? request.root.node;
}

/** The root's declared type; a legacy SDK call's argument is its parameter type wherever it was written. */
function rootType(sourceCode: TSESLint.SourceCode, request: LocatedRequest, root: TSESTree.ObjectExpression): Declared {
  const declared = contextType(sourceCode, request, root);
  if (declared.kind !== "open" || request.shape !== "legacy") return declared;
  const name = LEGACY_PARAMETER_TYPES[request.api];
  return name ? { kind: "sdk", name } : declared;
}

/** Walks `keys` down from `declared`; the reason when a level lacks the next key or cannot be seen. */
function verdict(sourceCode: TSESLint.SourceCode, declared: Declared, keys: readonly string[]): string | undefined {
  let current: Declared = declared;
  for (const key of keys) {
    const member = memberOf(sourceCode, current, key);
    if (member.kind === "lacks") return `${member.owner} declares no \`${key}\``;
    if (member.kind === "unproven") return `the codemod cannot see whether ${member.owner} declares \`${key}\``;
    current = member;
    if (current.kind === "open") return undefined;
  }
  return undefined;
}

function memberOf(sourceCode: TSESLint.SourceCode, declared: Declared, key: string): Member {
  switch (declared.kind) {
    case "open":
      return OPEN;
    case "unknown":
      return { kind: "unproven", owner: `\`${declared.name}\`` };
    case "sdk": {
      const type = SDK_REQUEST_TYPES[declared.name]!;
      if (!Object.hasOwn(type.fields, key)) return { kind: "lacks", owner: `\`${type.name}\` (${type.source})` };
      const child = type.fields[key];
      return child ? { kind: "sdk", name: child } : OPEN;
    }
    case "node":
      return memberOfNode(sourceCode, declared.node, key, 0, declared.label);
  }
}

/** `label` names a member's type by where it was declared (`Body.generationConfig`), for the follow-up. */
function memberOfNode(sourceCode: TSESLint.SourceCode, node: TSESTree.TypeNode, key: string, depth: number, label?: string): Member {
  // Deeply aliased or recursive types are not followed: not proven.
  if (depth > 8) return { kind: "unproven", owner: `\`${sourceCode.getText(node)}\`` };
  switch (node.type) {
    case AST_NODE_TYPES.TSAnyKeyword:
    case AST_NODE_TYPES.TSUnknownKeyword:
    case AST_NODE_TYPES.TSObjectKeyword:
      return OPEN;
    case AST_NODE_TYPES.TSTypeLiteral:
      return memberOfBody(node.members, key, `\`${label ?? shortText(sourceCode, node)}\``, label);
    case AST_NODE_TYPES.TSUnionType:
    case AST_NODE_TYPES.TSIntersectionType: {
      const members = node.types
        .filter((t) => t.type !== AST_NODE_TYPES.TSUndefinedKeyword && t.type !== AST_NODE_TYPES.TSNullKeyword)
        .map((t) => memberOfNode(sourceCode, t, key, depth + 1));
      const found = members.filter((m) => m.kind !== "lacks" && m.kind !== "unproven");
      // A union must declare the key in every member; an intersection in one.
      if (node.type === AST_NODE_TYPES.TSIntersectionType ? found.length > 0 : found.length === members.length) return found[0] ?? OPEN;
      return members.find((m) => m.kind === "unproven") ?? members.find((m) => m.kind === "lacks")!;
    }
    case AST_NODE_TYPES.TSTypeReference:
      return memberOfReference(sourceCode, node, key, depth);
    default:
      return { kind: "unproven", owner: `\`${shortText(sourceCode, node)}\`` };
  }
}

function memberOfReference(sourceCode: TSESLint.SourceCode, node: TSESTree.TSTypeReference, key: string, depth: number): Member {
  const args = node.typeArguments?.params ?? [];
  const name = node.typeName;
  if (name.type === AST_NODE_TYPES.Identifier) {
    if (name.name === "Record" && args[1]) return typeOf(args[1]);
    if (SAME_MEMBERS.has(name.name) && args[0]) return memberOfNode(sourceCode, args[0], key, depth + 1);
    const local = localDeclaration(sourceCode, name.name);
    if (local?.type === AST_NODE_TYPES.TSTypeAliasDeclaration) return memberOfNode(sourceCode, local.typeAnnotation, key, depth + 1, name.name);
    if (local?.type === AST_NODE_TYPES.TSInterfaceDeclaration) {
      const own = memberOfBody(local.body.body, key, `\`${name.name}\` (line ${local.loc.start.line})`, name.name);
      if (own.kind !== "lacks") return own;
      const inherited = local.extends.map((h) =>
        h.expression.type === AST_NODE_TYPES.Identifier
          ? memberOfReference(sourceCode, { ...h, type: AST_NODE_TYPES.TSTypeReference, typeName: h.expression, typeArguments: h.typeArguments } as TSESTree.TSTypeReference, key, depth + 1)
          : ({ kind: "unproven", owner: `\`${sourceCode.getText(h)}\`` } as const),
      );
      return inherited.find((m) => m.kind !== "lacks" && m.kind !== "unproven") ?? inherited.find((m) => m.kind === "unproven") ?? own;
    }
    const sdk = sdkImport(sourceCode, name.name);
    if (sdk) return memberOf(sourceCode, { kind: "sdk", name: sdk }, key);
    return { kind: "unproven", owner: `\`${name.name}\`` };
  }
  // `genai.GenerateContentParameters` through a namespace import of the SDK.
  if (name.type === AST_NODE_TYPES.TSQualifiedName && name.left.type === AST_NODE_TYPES.Identifier && isSdkNamespace(sourceCode, name.left.name)) {
    if (Object.hasOwn(SDK_REQUEST_TYPES, name.right.name)) return memberOf(sourceCode, { kind: "sdk", name: name.right.name }, key);
  }
  return { kind: "unproven", owner: `\`${sourceCode.getText(name)}\`` };
}

function memberOfBody(members: readonly TSESTree.TypeElement[], key: string, owner: string, label: string | undefined): Member {
  for (const member of members) {
    if (member.type === AST_NODE_TYPES.TSPropertySignature && keyName(member.key) === key) {
      return member.typeAnnotation ? typeOf(member.typeAnnotation.typeAnnotation, label && `${label}.${key}`) : OPEN;
    }
  }
  const index = members.find((m) => m.type === AST_NODE_TYPES.TSIndexSignature);
  if (index?.type === AST_NODE_TYPES.TSIndexSignature) return index.typeAnnotation ? typeOf(index.typeAnnotation.typeAnnotation) : OPEN;
  return { kind: "lacks", owner };
}

const typeOf = (node: TSESTree.TypeNode, label?: string): Declared => ({ kind: "node", node, ...(label ? { label } : {}) });

function keyName(key: TSESTree.Node): string | undefined {
  if (key.type === AST_NODE_TYPES.Identifier) return key.name;
  if (key.type === AST_NODE_TYPES.Literal && typeof key.value === "string") return key.value;
  return undefined;
}

function shortText(sourceCode: TSESLint.SourceCode, node: TSESTree.Node): string {
  const text = sourceCode.getText(node).replace(/\s+/gu, " ");
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

/** The type an object literal is checked against where it is written. */
function contextType(sourceCode: TSESLint.SourceCode, request: LocatedRequest, node: TSESTree.Node): Declared {
  const parent = node.parent;
  if (!parent) return OPEN;
  switch (parent.type) {
    case AST_NODE_TYPES.TSAsExpression:
    case AST_NODE_TYPES.TSSatisfiesExpression:
    case AST_NODE_TYPES.TSTypeAssertion: {
      const type = parent.typeAnnotation;
      // `as const` only makes the literal read-only.
      const isConst = type.type === AST_NODE_TYPES.TSTypeReference && type.typeName.type === AST_NODE_TYPES.Identifier && type.typeName.name === "const";
      return isConst ? contextType(sourceCode, request, parent) : typeOf(type);
    }
    case AST_NODE_TYPES.TSNonNullExpression:
      return contextType(sourceCode, request, parent);
    case AST_NODE_TYPES.Property: {
      const key = parent.value === node && !parent.computed ? keyName(parent.key) : undefined;
      if (key === undefined || parent.parent.type !== AST_NODE_TYPES.ObjectExpression) return OPEN;
      const outer = parent.parent === request.root.node ? rootType(sourceCode, request, parent.parent) : contextType(sourceCode, request, parent.parent);
      const member = memberOf(sourceCode, outer, key);
      if (member.kind === "lacks" || member.kind === "unproven") return OPEN;
      return member;
    }
    case AST_NODE_TYPES.VariableDeclarator:
      return parent.init === node && parent.id.typeAnnotation ? typeOf(parent.id.typeAnnotation.typeAnnotation) : OPEN;
    case AST_NODE_TYPES.ReturnStatement:
      return returnType(parent);
    case AST_NODE_TYPES.ArrowFunctionExpression:
      return parent.body === node && parent.returnType ? typeOf(parent.returnType.typeAnnotation) : OPEN;
    case AST_NODE_TYPES.AssignmentExpression:
      return parent.right === node && parent.left.type === AST_NODE_TYPES.Identifier ? variableType(sourceCode, parent.left) : OPEN;
    case AST_NODE_TYPES.CallExpression:
      return parent.arguments.includes(node as TSESTree.CallExpressionArgument) ? parameterType(sourceCode, parent, parent.arguments.indexOf(node as TSESTree.CallExpressionArgument)) : OPEN;
    default:
      return OPEN;
  }
}

function returnType(statement: TSESTree.ReturnStatement): Declared {
  for (let node: TSESTree.Node | undefined = statement.parent; node; node = node.parent) {
    if (
      node.type === AST_NODE_TYPES.FunctionDeclaration ||
      node.type === AST_NODE_TYPES.FunctionExpression ||
      node.type === AST_NODE_TYPES.ArrowFunctionExpression
    ) {
      return node.returnType ? typeOf(node.returnType.typeAnnotation) : OPEN;
    }
  }
  return OPEN;
}

/** The annotation of the variable an identifier names (`let body: Body; body = {…}`). */
function variableType(sourceCode: TSESLint.SourceCode, identifier: TSESTree.Identifier): Declared {
  const variable = findVariable(sourceCode, identifier);
  const id = variable?.defs[0]?.name;
  return id?.type === AST_NODE_TYPES.Identifier && id.typeAnnotation ? typeOf(id.typeAnnotation.typeAnnotation) : OPEN;
}

/** The annotation of a parameter of a function declared in this file (`send(body: Body)`). */
function parameterType(sourceCode: TSESLint.SourceCode, call: TSESTree.CallExpression, index: number): Declared {
  if (call.callee.type !== AST_NODE_TYPES.Identifier) return OPEN;
  const definition = findVariable(sourceCode, call.callee)?.defs[0];
  let fn: TSESTree.Node | undefined = definition?.node;
  if (fn?.type === AST_NODE_TYPES.VariableDeclarator) fn = fn.init ?? undefined;
  if (fn?.type !== AST_NODE_TYPES.FunctionDeclaration && fn?.type !== AST_NODE_TYPES.FunctionExpression && fn?.type !== AST_NODE_TYPES.ArrowFunctionExpression) return OPEN;
  const param = fn.params[index];
  const annotated = param?.type === AST_NODE_TYPES.AssignmentPattern ? param.left : param;
  return annotated && "typeAnnotation" in annotated && annotated.typeAnnotation ? typeOf(annotated.typeAnnotation.typeAnnotation) : OPEN;
}

function findVariable(sourceCode: TSESLint.SourceCode, identifier: TSESTree.Identifier): TSESLint.Scope.Variable | undefined {
  for (let scope: TSESLint.Scope.Scope | null = sourceCode.getScope(identifier); scope; scope = scope.upper) {
    const variable = scope.set.get(identifier.name);
    if (variable) return variable;
  }
  return undefined;
}

/** The interface or type alias of that name declared at the top of this file. */
function localDeclaration(sourceCode: TSESLint.SourceCode, name: string): TSESTree.TSInterfaceDeclaration | TSESTree.TSTypeAliasDeclaration | undefined {
  for (const statement of sourceCode.ast.body) {
    const declaration = statement.type === AST_NODE_TYPES.ExportNamedDeclaration || statement.type === AST_NODE_TYPES.ExportDefaultDeclaration ? statement.declaration : statement;
    if ((declaration?.type === AST_NODE_TYPES.TSInterfaceDeclaration || declaration?.type === AST_NODE_TYPES.TSTypeAliasDeclaration) && declaration.id.name === name) return declaration;
  }
  return undefined;
}

/** The SDK request type a local name imports (`import type { ModelParams as P } from "@google/generative-ai"`). */
function sdkImport(sourceCode: TSESLint.SourceCode, local: string): string | undefined {
  for (const statement of sourceCode.ast.body) {
    if (statement.type !== AST_NODE_TYPES.ImportDeclaration || !SDK_PACKAGES.has(statement.source.value)) continue;
    for (const specifier of statement.specifiers) {
      if (specifier.type !== AST_NODE_TYPES.ImportSpecifier || specifier.local.name !== local) continue;
      const imported = specifier.imported.type === AST_NODE_TYPES.Identifier ? specifier.imported.name : specifier.imported.value;
      return Object.hasOwn(SDK_REQUEST_TYPES, imported) && SDK_REQUEST_TYPES[imported]!.package === statement.source.value ? imported : undefined;
    }
  }
  return undefined;
}

function isSdkNamespace(sourceCode: TSESLint.SourceCode, local: string): boolean {
  return sourceCode.ast.body.some(
    (s) =>
      s.type === AST_NODE_TYPES.ImportDeclaration &&
      SDK_PACKAGES.has(s.source.value) &&
      s.specifiers.some((sp) => sp.type === AST_NODE_TYPES.ImportNamespaceSpecifier && sp.local.name === local),
  );
}
