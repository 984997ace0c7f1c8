import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint } from "@typescript-eslint/utils";
import { renameKey } from "../fix.js";
import type { FieldEntry } from "../object-view.js";
import type { FindingFix } from "./types.js";

type SourceCode = Readonly<TSESLint.SourceCode>;

/**
 * The fix that renames a key where the code writes it: the property of an object literal, or
 * the last key of an assignment (`body.generationConfig.imageConfig.image_size = …`,
 * `body["image_size"] = …`). `undefined` for a key the code computes, which no edit can rename.
 */
export function renameEntryFix(sourceCode: SourceCode, entry: FieldEntry, name: string): FindingFix | undefined {
  const node = entry.node;
  if (node.type === AST_NODE_TYPES.Property) return (fixer) => renameKey(fixer, sourceCode, node, name);
  const key = entry.keyNode;
  const member = key.parent;
  if (member?.type !== AST_NODE_TYPES.MemberExpression || member.property !== key) return undefined;
  if (!member.computed && key.type === AST_NODE_TYPES.Identifier) return (fixer) => fixer.replaceText(key, name);
  if (member.computed && key.type === AST_NODE_TYPES.Literal && typeof key.value === "string") {
    const quote = sourceCode.getText(key)[0]!;
    return (fixer) => fixer.replaceText(key, `${quote}${name}${quote}`);
  }
  return undefined;
}
