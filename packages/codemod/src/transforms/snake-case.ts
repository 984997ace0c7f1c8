import { camelName } from "@gemini-image/protocol";
import { configOf, imageConfigOf, literalProperty, locatorContext, nestedObjects, type ObjectView } from "@gemini-image/locator";
import { renameKey } from "@gemini-image/locator";
import type { TSESTree } from "@typescript-eslint/utils";
import { textFixer } from "../fixer.js";
import type { EditGroup, RequestTransform } from "./types.js";

/**
 * snake_case Gemini keys → camelCase in the body, the config, imageConfig and the parts.
 * Google's REST parser accepts both, but `@google/genai` copies only camelCase keys and many
 * gateways drop the rest, so camelCase is the one spelling every hop keeps. A key whose
 * camelCase twin already exists in the same object is left for the ESLint rule to report.
 */
export const snakeCase: RequestTransform = {
  name: "snake-case",
  run(request, { sourceCode }) {
    const views: ObjectView[] = [request.root];
    const config = configOf(request);
    if (config) views.push(config);
    const imageConfig = imageConfigOf(request);
    if (imageConfig) views.push(imageConfig);
    const contents = request.root.get("contents");
    if (contents) views.push(...nestedObjects(locatorContext({ sourceCode, settings: {} }), contents.value));

    const seen = new Set<TSESTree.Property>();
    const edits: EditGroup[] = [];
    for (const view of views) {
      for (const entry of view.entries) {
        const property = literalProperty(entry);
        const camel = camelName(entry.key);
        if (!property || !camel || seen.has(property)) continue;
        seen.add(property);
        if (view.get(camel)) continue;
        edits.push([renameKey(textFixer, sourceCode, property, camel)]);
      }
    }
    return edits;
  },
};
