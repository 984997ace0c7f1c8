import { HOLE, childObject, field, knownValue, staticText, type FieldEntry, type ObjectView } from "@gemini-image/locator";
import type { TSESTree } from "@typescript-eslint/utils";
import type { LocatedFile } from "./locate-file.js";
import type { TypeInfo } from "./type-info.js";
import { constantText, readPath } from "./typed-values.js";
import { ABSENT, UNKNOWN, type Place, type Value } from "./value.js";

/**
 * Reads request fields the way the ESLint rules do (the locator's object views, local consts,
 * later assignments) and asks the type checker only where one file cannot tell: a const or
 * `as const` table imported from another file, a typed parameter, a path alias.
 */
export class FieldReader {
  constructor(
    readonly file: LocatedFile,
    private readonly types: TypeInfo | undefined,
  ) {}

  /** Where an ESTree node is written. */
  place(node: TSESTree.Node): Place {
    return { path: this.file.path, offset: node.range[0], line: node.loc.start.line, column: node.loc.start.column + 1 };
  }

  /** What the checker says `path` below `node` is; `undefined` without type information. */
  private typed(node: TSESTree.Node, path: readonly string[]): Value | undefined {
    const tsNode = this.types?.nodeAt(this.file.path, node.range);
    return tsNode ? readPath(tsNode, path) : undefined;
  }

  /** The whole text of a string expression, through imported consts when types are on. */
  text(node: TSESTree.Node): string | undefined {
    let text = staticText(this.file.ctx, node);
    if (text === undefined || text.includes(HOLE)) {
      const tsNode = this.types?.nodeAt(this.file.path, node.range);
      text = tsNode ? constantText(tsNode) : text;
    }
    return text;
  }

  /** The value of a field the locator found (a literal, a local const, an imported one with types). */
  value(entry: FieldEntry): Value {
    const value = knownValue(this.file.ctx, entry.value);
    if (value) return { kind: "known", value: value.kind === "number" ? Number(value.text) : value.text, at: this.place(entry.value) };
    const typed = this.typed(entry.value, []);
    return typed?.kind === "known" ? typed : UNKNOWN;
  }

  /** `path` (camelCase keys; snake_case spellings count) below an object view. */
  read(view: ObjectView | undefined, path: readonly string[]): Value {
    let current = view;
    for (let i = 0; i < path.length; i++) {
      if (!current) return ABSENT;
      const entry = field(current, path[i]!);
      if (!entry) {
        // Keys from code the locator cannot follow (a spread of an import): the checker may know them.
        if (!current.mayHaveUnknownKeys) return ABSENT;
        return (current.node && this.typed(current.node, path.slice(i))) ?? UNKNOWN;
      }
      if (i === path.length - 1) return this.value(entry);
      const child = childObject(current, path[i]!);
      if (!child) return this.typed(entry.value, path.slice(i + 1)) ?? UNKNOWN;
      current = child;
    }
    return UNKNOWN;
  }
}
