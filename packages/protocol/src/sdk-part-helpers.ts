/**
 * How `@google/genai` turns what code passes as a part into a Part, for tools that judge parts
 * they did not see written as objects. Source: `@google/genai` 3.3.0 (`dist/genai.d.ts`
 * declares `createPartFromText(text)`, `createPartFromUri(uri, mimeType)` and
 * `createPartFromBase64(data, mimeType)`; `dist/node/index.mjs` builds `{ text }`,
 * `{ fileData: { fileUri, mimeType } }` and `{ inlineData: { data, mimeType } }` from them, and
 * its `tPart` turns a plain string in `contents` or a part list into `{ text }`).
 */

/** What a helper's part carries, and which argument holds its MIME type. */
export interface SdkPartHelper {
  readonly part: "text" | "fileData" | "inlineData";
  /** The index of the `mimeType` argument, for file and inline parts. */
  readonly mimeArgument?: number;
}

/** The part helpers `@google/genai` exports, by name. */
export const SDK_PART_HELPERS: Readonly<Record<string, SdkPartHelper>> = {
  createPartFromText: { part: "text" },
  createPartFromUri: { part: "fileData", mimeArgument: 1 },
  createPartFromBase64: { part: "inlineData", mimeArgument: 1 },
};
