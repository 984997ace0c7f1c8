import { configOf, field, imageConfigOf, literalProperty, propertyText, type LocatedRequest, type ObjectView } from "@gemini-image/locator";
import type { TSESTree } from "@typescript-eslint/utils";
import { undeclaredFieldNote } from "../declared-type.js";
import { markerBefore, quotedCode } from "../marker.js";
import { addProperties, configKeys } from "../placement.js";
import type { EditGroup, RequestTransform, TransformContext } from "./types.js";

/**
 * Moves keys Gemini silently ignores where they stand: `imageConfig` and `responseModalities`
 * at the top of a body into `generationConfig` (`config` for @google/genai), and `aspectRatio`
 * / `imageSize` directly on the config (or on the AI SDK's `providerOptions.google`) into its
 * `imageConfig` (vercel/ai issue 11848). One level per pass; the driver runs it again.
 */
export const misplacedFields: RequestTransform = {
  name: "misplaced-fields",
  run(request, context) {
    const path = configKeys(request);
    if (request.shape !== "ai-sdk") {
      const moved = move(context, request, request.root, ["imageConfig", "responseModalities"], configOf(request), path);
      if (moved.length > 0) return moved;
    }
    const config = configOf(request);
    if (!config) return [];
    return move(context, request, config, ["aspectRatio", "imageSize"], imageConfigOf(request), [...path, "imageConfig"]);
  },
};

function move(
  context: TransformContext,
  request: LocatedRequest,
  from: ObjectView,
  keys: readonly string[],
  destination: ObjectView | undefined,
  path: readonly string[],
): EditGroup[] {
  const { sourceCode } = context;
  const root = request.root;
  const properties: TSESTree.Property[] = [];
  const movedKeys: string[] = [];
  const edits: EditGroup[] = [];
  for (const key of keys) {
    const property = literalProperty(field(from, key));
    // Only properties written in this object literal move; spread-in ones live elsewhere.
    if (!property || property.parent !== from.node) continue;
    if (field(destination, key)) {
      edits.push(markerBefore(sourceCode, property, "misplaced-field", `${key} here is ignored and ${path.join(".")}.${key} is already set; delete one.`));
      continue;
    }
    properties.push(property);
    movedKeys.push(key);
  }
  if (properties.length === 0) return edits;
  const note = undeclaredFieldNote(context, request, path, movedKeys, properties.map((p) => quotedCode(sourceCode, p)).join(", "));
  if (note) return [...edits, markerBefore(sourceCode, properties[0]!, note.code, note.message)];
  const placed = addProperties(sourceCode, root, path, properties.map((p) => propertyText(sourceCode, p)), properties, { moved: true });
  if (!placed) {
    return [...edits, markerBefore(sourceCode, properties[0]!, "misplaced-field", `this is ignored here; move it into ${path.join(".")}.`)];
  }
  return [...edits, placed];
}
