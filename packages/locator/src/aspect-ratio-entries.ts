import type { FieldEntry } from "./object-view.js";
import { field, imageConfigOf } from "./parts.js";
import type { LocatedRequest } from "./types.js";

/**
 * Where a request sets its aspect ratio: `imageConfig.aspectRatio`, and for the AI SDK's
 * `generateImage` also its own `aspectRatio` option, which it passes on as
 * `imageConfig.aspectRatio`.
 */
export function aspectRatioEntries(request: LocatedRequest): FieldEntry[] {
  const entries: FieldEntry[] = [];
  const inConfig = field(imageConfigOf(request), "aspectRatio");
  if (inConfig) entries.push(inConfig);
  if (request.shape === "ai-sdk" && request.api === "generateImage") {
    const option = request.root.get("aspectRatio");
    if (option) entries.push(option);
  }
  return entries;
}
