import type { LocatedRequest } from "@gemini-image/locator";
import type { TSESLint } from "@typescript-eslint/utils";
import type { TextEdit } from "../edits.js";
import type { TransformOptions } from "../options.js";

/** What a transform sees besides the request. */
export interface TransformContext {
  readonly sourceCode: TSESLint.SourceCode;
  readonly options: TransformOptions;
  /** The file's path: its extension says whether its types are checked. */
  readonly path: string;
}

/**
 * Edits that only make sense together (a removal and the comment that replaces it, a move's
 * removal and insertion): applied all or none.
 */
export type EditGroup = readonly TextEdit[];

/**
 * One rewrite, applied to every located request of a file. It answers groups of text edits;
 * groups that overlap wait for the next pass. Follow-ups are comments made with `markerBefore`.
 */
export interface RequestTransform {
  /** kebab-case, as in the docs. */
  readonly name: string;
  run(request: LocatedRequest, context: TransformContext): EditGroup[];
}
