import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import type { EditGroup } from "../transforms/types.js";
import { markerBefore } from "../marker.js";

/** The follow-up code of everything `--to interactions` leaves for a person. */
export const TO_INTERACTIONS_CODE = "to-interactions";

/**
 * The follow-up for a request the codemod leaves on generateContent: the call stays byte for
 * byte, and a comment on the line of its statement says why and where the manual steps are.
 */
export function leftAsIs(sourceCode: TSESLint.SourceCode, call: TSESTree.Node, reason: string): EditGroup {
  return noteAt(sourceCode, call, `not moved to the Interactions API: ${reason}. See docs/codemod.md, "Moving to the Interactions API".`);
}

/** A `to-interactions` comment on its own line before the statement that holds `node`. */
export function noteAt(sourceCode: TSESLint.SourceCode, node: TSESTree.Node, message: string): EditGroup {
  return markerBefore(sourceCode, lineStart(sourceCode, node), TO_INTERACTIONS_CODE, message);
}

/** The outermost node that starts on the call's line: the statement holding it, mostly. */
function lineStart(sourceCode: TSESLint.SourceCode, node: TSESTree.Node): TSESTree.Node {
  let current = node;
  const startsLine = (n: TSESTree.Node) => sourceCode.text.slice(sourceCode.text.lastIndexOf("\n", n.range[0] - 1) + 1, n.range[0]).trim() === "";
  while (!startsLine(current) && current.parent && current.parent.type !== "Program" && current.parent.type !== "BlockStatement") current = current.parent;
  return current;
}
