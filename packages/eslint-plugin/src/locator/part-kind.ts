import type { ObjectView } from "./object-view.js";

/** What a part carries: an image (inline or file), text, or something else. */
export function partKind(part: ObjectView): "image" | "text" | undefined {
  if (part.find("inlineData", "inline_data", "fileData", "file_data")) return "image";
  if (part.get("text")) return "text";
  return undefined;
}
