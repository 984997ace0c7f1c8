import { GENERATE_CONTENT_SHAPES_IN_INPUT, INLINE_DATA_LIMIT_BYTES } from "@gemini-image/protocol";
import { checkInlineData } from "./content-checks.js";
import type { Finding, FixOperation } from "./finding.js";
import { escapeKey } from "./json-pointer.js";
import { makeFinding } from "./make-finding.js";
import type { ModelContext } from "./model-context.js";

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => value !== null && typeof value === "object" && !Array.isArray(value);
const own = (object: Json, key: string): unknown => (Object.hasOwn(object, key) ? object[key] : undefined);
const ownString = (object: Json, ...keys: string[]): string | undefined => {
  for (const key of keys) if (typeof own(object, key) === "string") return own(object, key) as string;
  return undefined;
};

/** The keys of a generateContent part that carry its content. */
const PART_KEYS = ["text", "inlineData", "inline_data", "fileData", "file_data"] as const;

/**
 * The Interactions entry a generateContent part means, when that is certain: `{ text }` →
 * `{ type: "text", text }`, an image `inlineData` → `{ type: "image", data, mime_type }`, an image
 * `fileData` → `{ type: "image", uri, mime_type }`. Parts with anything else (thoughts,
 * signatures, function calls, audio or PDF data) answer `undefined`: no guess.
 */
function entryOfPart(part: unknown): Json | undefined {
  if (!isObject(part)) return undefined;
  const keys = Object.keys(part);
  const content = keys.filter((key) => key !== "type");
  if (content.length !== 1) return undefined;
  const [key] = content as [string];
  const type = own(part, "type");
  if (key === "text") return typeof part.text === "string" && (type === undefined || type === "text") ? { type: "text", text: part.text } : undefined;
  if (type !== undefined && type !== "image") return undefined;
  const blob = own(part, key);
  if (!isObject(blob)) return undefined;
  const mime = ownString(blob, "mimeType", "mime_type");
  if (mime === undefined || !mime.startsWith("image/")) return undefined;
  if (key === "inlineData" || key === "inline_data") {
    const data = own(blob, "data");
    return typeof data === "string" && Object.keys(blob).length === 2 ? { type: "image", data, mime_type: mime } : undefined;
  }
  if (key === "fileData" || key === "file_data") {
    const uri = ownString(blob, "fileUri", "file_uri");
    return uri !== undefined && Object.keys(blob).length === 2 ? { type: "image", uri, mime_type: mime } : undefined;
  }
  return undefined;
}

/** The entries of a generateContent Content: one user turn whose every part converts, else `undefined`. */
function entriesOfContent(content: unknown): Json[] | undefined {
  if (!isObject(content) || !Array.isArray(content.parts)) return undefined;
  if (Object.keys(content).some((key) => key !== "role" && key !== "parts")) return undefined;
  // A model turn belongs in previous_interaction_id, not in input: only a person can say which.
  if (content.role !== undefined && content.role !== "user") return undefined;
  const entries = content.parts.map(entryOfPart);
  return entries.length > 0 && entries.every((entry) => entry !== undefined) ? (entries as Json[]) : undefined;
}

/** True when an `input` entry without `type` is a generateContent Content or part. */
export function isGenerateContentShape(entry: unknown): boolean {
  return isObject(entry) && Object.keys(entry).some((key) => Object.hasOwn(GENERATE_CONTENT_SHAPES_IN_INPUT, key) || key === "text");
}

/** Operations that put `entries` where the list item at `path` was. */
function spliceAt(path: string, entries: readonly Json[]): FixOperation[] {
  const cut = path.lastIndexOf("/");
  const list = path.slice(0, cut);
  const index = Number(path.slice(cut + 1));
  return [{ op: "remove", path }, ...entries.map((value, i) => ({ op: "add" as const, path: `${list}/${index + i}`, value }))];
}

/** The shape finding for one `input` entry (or the lone `input` object) at `path`; fixed where certain. */
function shapeFinding(entry: Json, path: string, inList: boolean): Finding | undefined {
  if (Array.isArray(entry.parts) || isObject(entry.parts) || Object.hasOwn(entry, "role")) {
    const field = Object.hasOwn(entry, "parts") ? "parts" : "role";
    const entries = entriesOfContent(entry);
    const fix = entries === undefined ? undefined : inList ? spliceAt(path, entries) : [{ op: "replace" as const, path, value: entries }];
    return makeFinding("generate-content-shape-in-input", `${path}/${field}`, { field, instead: GENERATE_CONTENT_SHAPES_IN_INPUT[field]! }, fix);
  }
  const key = PART_KEYS.find((name) => Object.hasOwn(entry, name));
  if (key === undefined) return undefined;
  const converted = entryOfPart(entry);
  const fix = converted === undefined ? undefined : [{ op: "replace" as const, path, value: converted }];
  // A bare `{ text }` is a generateContent part: Interactions entries carry their `type`.
  if (key === "text") {
    if (Object.hasOwn(entry, "type")) return undefined;
    return makeFinding("generate-content-shape-in-input", path, { field: "text", instead: '{ type: "text", text }' }, fix);
  }
  return makeFinding("generate-content-shape-in-input", `${path}/${escapeKey(key)}`, { field: key, instead: GENERATE_CONTENT_SHAPES_IN_INPUT[key]! }, fix);
}

/** generateContent's top-level `contents` in an interaction: `input` when it is one user turn and no input exists. */
function contentsFinding(body: Json): Finding {
  const contents = own(body, "contents");
  const list = Array.isArray(contents) ? contents : [contents];
  const entries = list.length === 1 && !Object.hasOwn(body, "input") ? entriesOfContent(list[0]) : undefined;
  const fix: FixOperation[] | undefined = entries && [
    { op: "remove", path: "/contents" },
    { op: "add", path: "/input", value: entries },
  ];
  return makeFinding("generate-content-shape-in-input", "/contents", { field: "contents", instead: GENERATE_CONTENT_SHAPES_IN_INPUT.contents! }, fix);
}

/**
 * What the schema cannot say about an interaction's input: generateContent shapes (`contents`,
 * `parts`, `role`, `inlineData`, bare `{ text }` parts), and in image entries a `data` that is a
 * data: URL, a URL or not base64, a MIME type the bytes or the model disagree with, the inline
 * size and the number of input images. Reads at most a few KB of each blob.
 */
export function checkInteractionsInput(body: Json, context: ModelContext, findings: Finding[]): void {
  if (Object.hasOwn(body, "contents")) findings.push(contentsFinding(body));
  const input = own(body, "input");
  const list = Array.isArray(input) ? input : isObject(input) ? [input] : [];
  let bytes = 0;
  let images = 0;
  list.forEach((entry: unknown, i) => {
    if (!isObject(entry)) return;
    const path = Array.isArray(input) ? `/input/${i}` : "/input";
    const type = own(entry, "type");
    if (type === undefined || Object.keys(entry).some((key) => key !== "text" && Object.hasOwn(GENERATE_CONTENT_SHAPES_IN_INPUT, key))) {
      const finding = shapeFinding(entry, path, Array.isArray(input));
      if (finding) findings.push(finding);
      if (type === undefined) return;
    }
    if (type === "image") {
      if (typeof own(entry, "uri") === "string") images++;
      if (typeof own(entry, "data") !== "string") return;
      const result = checkInlineData(entry, path, context, findings, "interactions");
      bytes += result.bytes;
      if (result.image) images++;
    }
  });
  if (bytes > INLINE_DATA_LIMIT_BYTES) findings.push(makeFinding("inline-data-too-large", "/input", { bytes, limit: INLINE_DATA_LIMIT_BYTES, api: "interactions" }));
  if (images > context.maxInputImages) {
    findings.push(makeFinding("too-many-images", "/input", { count: images, model: context.id ?? "any Gemini image model", max: context.maxInputImages }));
  }
}
