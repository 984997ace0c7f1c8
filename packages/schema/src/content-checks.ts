import { INLINE_DATA_LIMIT_BYTES, INTERACTIONS_IMAGE_MIME_TYPES, camelName, sameImageMimeType, sniffImageMimeType, type GeminiApi } from "@gemini-image/protocol";
import type { Finding } from "./finding.js";
import { moveTo } from "./fixes.js";
import { decodeHead, looksLikeBase64 } from "./image-bytes.js";
import { displayPath, escapeKey } from "./json-pointer.js";
import { makeFinding } from "./make-finding.js";
import type { ModelContext } from "./model-context.js";

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => value !== null && typeof value === "object" && !Array.isArray(value);
const own = (object: Json, key: string): unknown => (Object.hasOwn(object, key) ? object[key] : undefined);

/** `data:image/png;base64,` at the start; only the first bytes are read. */
const DATA_URL_HEAD = 256;
const URL_PREFIXES = ["http://", "https://", "gs://"];

/**
 * Checks one inline blob at `path` (a generateContent `inlineData`, or an Interactions image
 * entry with `data` and `mime_type`); answers its base64 length and whether it counts as an image.
 */
export function checkInlineData(
  blob: Json,
  path: string,
  context: ModelContext,
  findings: Finding[],
  api: GeminiApi = "generate-content",
): { bytes: number; image: boolean } {
  const data = own(blob, "data");
  const words = api === "interactions" ? { api } : {};
  const mimeKey = Object.hasOwn(blob, "mimeType") ? "mimeType" : "mime_type";
  const declaredRaw = own(blob, mimeKey);
  // MIME types are short; a hostile long one is cut before it is copied or quoted.
  const declared = typeof declaredRaw === "string" ? declaredRaw.slice(0, 100).trim().toLowerCase() : undefined;
  const dataPath = `${path}/data`;
  const mimePath = `${path}/${mimeKey}`;
  const image = declared !== undefined && declared.startsWith("image/");
  if (typeof data !== "string") return { bytes: 0, image };

  const head = data.slice(0, DATA_URL_HEAD);
  if (head.startsWith("data:")) {
    const comma = head.indexOf(",");
    const fix = [];
    if (comma > 0 && head.slice(0, comma).endsWith(";base64")) {
      fix.push({ op: "replace" as const, path: dataPath, value: data.slice(comma + 1) });
      const urlType = head.slice(5, head.indexOf(";"));
      const mimeName = api === "interactions" ? "mime_type" : "mimeType";
      if (declared === undefined && urlType !== "") fix.push({ op: "add" as const, path: `${path}/${mimeName}`, value: urlType });
    }
    findings.push(makeFinding("data-url-inline-data", dataPath, words, fix));
    return { bytes: data.length, image };
  }
  if (URL_PREFIXES.some((prefix) => head.startsWith(prefix))) {
    findings.push(makeFinding("url-inline-data", dataPath, words));
    return { bytes: data.length, image };
  }
  if (!looksLikeBase64(data)) {
    findings.push(makeFinding("invalid-base64", dataPath, { at: `\`${displayPath(dataPath)}\`` }));
    return { bytes: data.length, image };
  }

  const actual = sniffImageMimeType(decodeHead(data));
  // The Interactions SDK types more image types than the models list for generateContent:
  // UNCONFIRMED whether they work, so not reported there.
  const accepted = api === "interactions" ? [...new Set([...context.inputMimeTypes, ...INTERACTIONS_IMAGE_MIME_TYPES])] : context.inputMimeTypes;
  if (declared !== undefined && !accepted.includes(declared)) {
    // The bytes may say what the label should be (`image/jpg` on a JPEG).
    const fix = actual !== undefined && accepted.includes(actual) ? [{ op: "replace" as const, path: mimePath, value: actual }] : undefined;
    findings.push(makeFinding("unsupported-mime-type", mimePath, { mimeType: declared, model: context.id, accepted }, fix));
  } else if (declared !== undefined && actual !== undefined && !sameImageMimeType(declared, actual)) {
    if (accepted.includes(actual)) {
      findings.push(makeFinding("mime-type-mismatch", mimePath, { declared, actual, ...words }, [{ op: "replace", path: mimePath, value: actual }]));
    } else {
      findings.push(makeFinding("unsupported-mime-type", mimePath, { mimeType: actual, model: context.id, accepted }));
    }
  }
  return { bytes: data.length, image: image || actual !== undefined };
}

/** Warns about snake_case keys in a part or its blob: Google accepts them, other hops may not. */
function checkPartSpelling(body: unknown, object: Json, path: string, findings: Finding[]): void {
  for (const key of Object.keys(object)) {
    const camel = camelName(key);
    if (camel === undefined) continue;
    const keyPath = `${path}/${escapeKey(key)}`;
    findings.push(makeFinding("snake-case-part-field", keyPath, { field: key, camel }, moveTo(body, keyPath, `${path}/${camel}`)));
  }
}

/**
 * What the schema cannot say about `contents`: snake_case inside parts, inline data that is a
 * data: URL, a URL or not base64, a MIME type the bytes or the model disagree with, the
 * request's inline size, and the number of input images. Reads at most a few KB of each blob.
 */
export function checkContents(body: Json, context: ModelContext, findings: Finding[]): void {
  const contents = own(body, "contents");
  if (!Array.isArray(contents)) return;
  let bytes = 0;
  let images = 0;
  for (let i = 0; i < contents.length; i++) {
    const content: unknown = contents[i];
    if (!isObject(content)) continue;
    const parts = own(content, "parts");
    if (!Array.isArray(parts)) continue;
    for (let j = 0; j < parts.length; j++) {
      const part: unknown = parts[j];
      if (!isObject(part)) continue;
      const partPath = `/contents/${i}/parts/${j}`;
      checkPartSpelling(body, part, partPath, findings);
      // Images the model sent back as thoughts are not inputs.
      if (own(part, "thought") === true) continue;
      for (const key of ["inlineData", "inline_data"]) {
        const blob = own(part, key);
        if (!isObject(blob)) continue;
        checkPartSpelling(body, blob, `${partPath}/${key}`, findings);
        const result = checkInlineData(blob, `${partPath}/${key}`, context, findings);
        bytes += result.bytes;
        if (result.image) images++;
      }
      for (const key of ["fileData", "file_data"]) {
        const file = own(part, key);
        if (!isObject(file)) continue;
        checkPartSpelling(body, file, `${partPath}/${key}`, findings);
        const mime = own(file, "mimeType") ?? own(file, "mime_type");
        if (typeof mime === "string" && mime.startsWith("image/")) images++;
      }
    }
  }
  if (bytes > INLINE_DATA_LIMIT_BYTES) {
    findings.push(makeFinding("inline-data-too-large", "/contents", { bytes, limit: INLINE_DATA_LIMIT_BYTES }));
  }
  if (images > context.maxInputImages) {
    findings.push(makeFinding("too-many-images", "/contents", { count: images, model: context.id ?? "any Gemini image model", max: context.maxInputImages }));
  }
}
