import type { TSESLint, TSESTree } from "@typescript-eslint/utils";

/** What the locator needs from ESLint: the file and its scopes. */
export interface LocatorContext {
  readonly sourceCode: Readonly<TSESLint.SourceCode>;
  /** `settings["gemini-image"].defaultModel`, the model assumed where the code names none. */
  readonly defaultModel: string | undefined;
  /** False when the file never says generateContent or interactions, so no URL can name either. */
  readonly mayHaveUrls?: boolean;
}

/** The scope a node is in. */
export function scopeOf(ctx: LocatorContext, node: TSESTree.Node): TSESLint.Scope.Scope {
  return ctx.sourceCode.getScope(node);
}
