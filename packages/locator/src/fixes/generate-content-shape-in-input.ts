import { GENERATE_CONTENT_SHAPES_IN_INPUT } from "@gemini-image/protocol";
import type { TSESLint } from "@typescript-eslint/utils";
import type { FieldEntry, ObjectView } from "../object-view.js";
import { field, literalProperty } from "../parts.js";
import type { LocatedRequest } from "../types.js";
import type { FindingFix } from "./types.js";

/** A generateContent shape in an interaction (`generate-content-shape-in-input`) and, when rewriting it is certain, the fix. */
export interface GenerateContentShapeFinding {
  readonly entry: FieldEntry;
  /** The generateContent key found (`contents`, `parts`, `role`, `inlineData`, …, `text`). */
  readonly field: string;
  /** What the Interactions API takes instead (the protocol's `GENERATE_CONTENT_SHAPES_IN_INPUT`). */
  readonly instead: string;
  readonly fix: FindingFix | undefined;
}

/** A generateContent part's content keys, in the order they are looked for. */
const PART_KEYS = ["inlineData", "inline_data", "fileData", "file_data"] as const;

/**
 * The generateContent shapes of an image (or unknown) interaction that
 * `no-generate-content-shape-in-input` reports: `contents`, and in each `input` entry `parts` or
 * `role`, a part key, or a bare `{ text }`. `eslint --fix` and `migrate` rewrite the two whose
 * Interactions form is certain: a bare `{ text }` gains `type: "text"`, and a part holding only
 * `inlineData: { mimeType, data }` becomes `{ type: "image", data, mime_type }`.
 */
export function generateContentShapeFindings(sourceCode: Readonly<TSESLint.SourceCode>, request: LocatedRequest): GenerateContentShapeFinding[] {
  if (request.shape !== "interactions" || request.classification.verdict === "not-image") return [];
  const findings: GenerateContentShapeFinding[] = [];
  const add = (entry: FieldEntry, name: string, instead: string, fix?: FindingFix): void => {
    findings.push({ entry, field: name, instead, fix });
  };
  const contents = request.root.get("contents");
  if (contents) add(contents, "contents", GENERATE_CONTENT_SHAPES_IN_INPUT.contents!);
  for (const part of request.root.childObjects("input")) {
    const content = part.get("parts") ?? part.get("role");
    if (content) {
      add(content, content.key, GENERATE_CONTENT_SHAPES_IN_INPUT[content.key]!);
      continue;
    }
    const blob = part.find(...PART_KEYS);
    if (blob) {
      add(blob, blob.key, GENERATE_CONTENT_SHAPES_IN_INPUT[blob.key]!, imageEntryFix(sourceCode, part, blob));
      continue;
    }
    const text = part.get("text");
    // A bare `{ text }` is a generateContent part: Interactions entries carry their `type`.
    if (!text || part.get("type") || part.mayHaveUnknownKeys) continue;
    const property = literalProperty(text);
    add(text, "text", '{ type: "text", text }', property ? (fixer) => fixer.insertTextBefore(property, 'type: "text", ') : undefined);
  }
  return findings;
}

/** `{ inlineData: { mimeType, data } }` as `{ type: "image", data, mime_type }`, when that is all the part holds. */
function imageEntryFix(sourceCode: Readonly<TSESLint.SourceCode>, part: ObjectView, entry: FieldEntry): FindingFix | undefined {
  const blob = part.findChild(entry.key);
  const data = blob?.get("data");
  const mime = field(blob, "mimeType");
  if (!part.node || part.entries.length !== 1 || !blob?.node || blob.entries.length !== 2 || !data || !mime || !entry.key.startsWith("inline")) return undefined;
  const text = `{ type: "image", data: ${sourceCode.getText(data.value)}, mime_type: ${sourceCode.getText(mime.value)} }`;
  const node = part.node;
  return (fixer) => fixer.replaceText(node, text);
}
