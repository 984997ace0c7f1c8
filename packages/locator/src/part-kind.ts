import type { LocatorContext } from "./context.js";
import type { ObjectView } from "./object-view.js";
import { childObject, field } from "./parts.js";
import { fullText } from "./static-text.js";

/** Video pages Gemini reads from a `fileData.fileUri`: a video input, never an image. */
const VIDEO_PAGE = /^https?:\/\/(?:www\.|m\.)?(?:youtube\.com|youtu\.be)\//u;

/**
 * What a part carries: an image (inline or file), text, or another input (`other`: audio, PDF,
 * text files, video, YouTube) when its MIME type or URI says so. A part whose MIME type is a
 * run-time value counts as an image, except a `fileData` pointing at a video page. An
 * interaction's input entry says what it carries in its `type` (`image`, `text`, `audio`, …).
 */
export function partKind(ctx: LocatorContext, part: ObjectView): "image" | "text" | "other" | undefined {
  const inline = field(part, "inlineData");
  const file = inline ? undefined : field(part, "fileData");
  if (inline || file) {
    const data = childObject(part, inline ? "inlineData" : "fileData");
    const mimeEntry = field(data, "mimeType");
    const mime = mimeEntry ? fullText(ctx, mimeEntry.value) : undefined;
    if (mime !== undefined) return mime.trim().toLowerCase().startsWith("image/") ? "image" : "other";
    const uriEntry = file ? field(data, "fileUri") : undefined;
    const uri = uriEntry ? fullText(ctx, uriEntry.value) : undefined;
    return uri !== undefined && VIDEO_PAGE.test(uri) ? "other" : "image";
  }
  const type = part.get("type");
  const written = type ? fullText(ctx, type.value) : undefined;
  if (written !== undefined) return written === "image" ? "image" : written === "text" ? "text" : "other";
  if (part.get("text")) return "text";
  return undefined;
}
