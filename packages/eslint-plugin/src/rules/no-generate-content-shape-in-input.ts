import { FINDINGS, GENERATE_CONTENT_SHAPES_IN_INPUT } from "@gemini-image/protocol";
import type { TSESLint } from "@typescript-eslint/utils";
import { field, literalProperty, mayHoldRequests, onRequests, type FieldEntry, type LocatedRequest, type ObjectView } from "@gemini-image/locator";
import { createRule } from "../util/create-rule.js";
import { findingData, reportOnce } from "../util/report.js";

export type MessageIds = "generateContentShape";
export type Options = [];

/** A generateContent part's content keys, in the order they are looked for. */
const PART_KEYS = ["inlineData", "inline_data", "fileData", "file_data"] as const;

export default createRule<Options, MessageIds>({
  name: "no-generate-content-shape-in-input",
  meta: {
    type: "problem",
    docs: {
      description: "Disallow generateContent shapes (`contents`, `parts`, `role`, `inlineData`, bare `{ text }`) in an Interactions request's input",
      recommended: "recommended",
      severity: FINDINGS["generate-content-shape-in-input"].severity,
    },
    fixable: "code",
    messages: { generateContentShape: "{{message}}" },
    schema: [],
  },
  defaultOptions: [],
  create(context) {
    // Nearly every file names no Gemini word: it gets no listeners and nothing is built for it.
    if (!mayHoldRequests(context)) return {};
    const report = reportOnce(context);
    const { sourceCode } = context;

    function reportShape(entry: FieldEntry, name: string, instead: string, fix?: TSESLint.ReportFixFunction): void {
      report({ node: entry.keyNode, messageId: "generateContentShape", data: findingData("generate-content-shape-in-input", { field: name, instead }), fix: fix ?? null });
    }

    /** `{ inlineData: { mimeType, data } }` as `{ type: "image", data, mime_type }`, when that is all the part holds. */
    function imageEntryFix(part: ObjectView, entry: FieldEntry): TSESLint.ReportFixFunction | undefined {
      const blob = part.findChild(entry.key);
      const data = blob?.get("data");
      const mime = field(blob, "mimeType");
      if (!part.node || part.entries.length !== 1 || !blob?.node || blob.entries.length !== 2 || !data || !mime || !entry.key.startsWith("inline")) return undefined;
      const text = `{ type: "image", data: ${sourceCode.getText(data.value)}, mime_type: ${sourceCode.getText(mime.value)} }`;
      const node = part.node;
      return (fixer) => fixer.replaceText(node, text);
    }

    function checkEntry(part: ObjectView): void {
      const content = part.get("parts") ?? part.get("role");
      if (content) return reportShape(content, content.key, GENERATE_CONTENT_SHAPES_IN_INPUT[content.key]!);
      const blob = part.find(...PART_KEYS);
      if (blob) return reportShape(blob, blob.key, GENERATE_CONTENT_SHAPES_IN_INPUT[blob.key]!, imageEntryFix(part, blob));
      const text = part.get("text");
      // A bare `{ text }` is a generateContent part: Interactions entries carry their `type`.
      if (!text || part.get("type") || part.mayHaveUnknownKeys) return;
      const property = literalProperty(text);
      reportShape(text, "text", '{ type: "text", text }', property ? (fixer) => fixer.insertTextBefore(property, 'type: "text", ') : undefined);
    }

    function check(request: LocatedRequest): void {
      if (request.shape !== "interactions" || request.classification.verdict === "not-image") return;
      const contents = request.root.get("contents");
      if (contents) reportShape(contents, "contents", GENERATE_CONTENT_SHAPES_IN_INPUT.contents!);
      for (const part of request.root.childObjects("input")) checkEntry(part);
    }

    return onRequests(context, check);
  },
});
