import { CAMEL_TO_SNAKE } from "@gemini-image/protocol";
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESTree } from "@typescript-eslint/utils";
import { unwrap } from "./ast.js";
import { imageResponseFormats } from "./interactions-settings.js";
import type { FieldEntry, ObjectView } from "./object-view.js";
import type { FoundRequest } from "./types.js";

/** A field by its camelCase name or its snake_case spelling. */
export function field(view: ObjectView | undefined, camel: string): FieldEntry | undefined {
  return view?.find(camel, CAMEL_TO_SNAKE[camel]);
}

/** The object under a camelCase key or its snake_case spelling. */
export function childObject(view: ObjectView | undefined, camel: string): ObjectView | undefined {
  return view?.findChild(camel, CAMEL_TO_SNAKE[camel]);
}

/**
 * Where the request's generation settings live, as a path for messages: `generationConfig`
 * (REST, legacy), `config` (`@google/genai`), `providerOptions.google` (AI SDK),
 * `generation_config` (Interactions).
 */
export function configPath(request: FoundRequest): string {
  switch (request.shape) {
    case "genai":
      return "config";
    case "ai-sdk":
      return "providerOptions.google";
    case "interactions":
      return "generation_config";
    default:
      return "generationConfig";
  }
}

/**
 * The object holding `responseModalities` and `imageConfig`; for an interaction its
 * `generation_config` (whose `image_config` is deprecated: see `imageSettingsOf`).
 */
export function configOf(request: FoundRequest): ObjectView | undefined {
  switch (request.shape) {
    case "genai":
      return request.root.child("config");
    case "ai-sdk":
      return request.root.child("providerOptions")?.child("google");
    default:
      return childObject(request.root, "generationConfig");
  }
}

/**
 * The object holding a request's image settings (`imageSize`, `aspectRatio`): its `imageConfig`,
 * or for an interaction the first image entry of `response_format`, where they belong.
 */
export function imageConfigOf(request: FoundRequest): ObjectView | undefined {
  if (request.shape === "interactions") return imageResponseFormats(request.root)[0];
  if (request.providerApi === "interactions") return aiSdkImageFormats(request)[0];
  return childObject(configOf(request), "imageConfig");
}

/**
 * The image entries of an AI SDK Interactions model's `providerOptions.google.responseFormat`
 * (SOURCES.aiSdkGoogleDeclarations: a list of `{ type: "image", mimeType, aspectRatio, imageSize }`).
 */
function aiSdkImageFormats(request: FoundRequest): ObjectView[] {
  const config = configOf(request);
  return config ? imageResponseFormats(config) : [];
}

/**
 * Every object that sets a request's image settings: its `imageConfig`; for an interaction each
 * image entry of `response_format` and the deprecated `generation_config.image_config`, which
 * Google still reads (facts page "The Interactions API"); for the AI SDK's `google.interactions`
 * model, the image entries of `providerOptions.google.responseFormat` (or its `imageConfig`).
 */
export function imageSettingsOf(request: FoundRequest): ObjectView[] {
  if (request.providerApi === "interactions") {
    // The AI SDK's provider turns `imageConfig` into an image entry only when `responseFormat`
    // has none; beside one it ignores it (@ai-sdk/google 4.0.121 dist/index.js, its warning
    // "imageConfig is deprecated and was ignored").
    const formats = aiSdkImageFormats(request);
    const imageConfig = childObject(configOf(request), "imageConfig");
    return formats.length > 0 || !imageConfig ? formats : [imageConfig];
  }
  if (request.shape !== "interactions") return [imageConfigOf(request)].filter((view) => view !== undefined);
  const deprecated = childObject(configOf(request), "imageConfig");
  return [...imageResponseFormats(request.root), ...(deprecated ? [deprecated] : [])];
}

/** Where a request's image settings go, as a path for messages (`generationConfig.imageConfig`, `response_format`). */
export function imageSettingsPath(request: FoundRequest): string {
  if (request.shape === "interactions") return "response_format";
  return request.providerApi === "interactions" ? `${configPath(request)}.responseFormat` : `${configPath(request)}.imageConfig`;
}

/**
 * The expressions holding a request's input: `contents`, a chat `message` or `history`, the
 * argument itself, or an interaction's `input`.
 */
export function inputsOf(request: FoundRequest): TSESTree.Node[] {
  const inputs: TSESTree.Node[] = request.input ? [request.input] : [];
  for (const key of request.shape === "interactions" ? ["input"] : ["contents", "message", "history"]) {
    const entry = request.root.get(key);
    if (entry) inputs.push(entry.value);
  }
  return inputs;
}

/** The string values of an array literal, or `undefined` when any element is not a string literal. */
export function stringArray(entry: FieldEntry | undefined): string[] | undefined {
  const value = entry ? unwrap(entry.value) : undefined;
  if (value?.type !== AST_NODE_TYPES.ArrayExpression) return undefined;
  const values: string[] = [];
  for (const element of value.elements) {
    if (element?.type !== AST_NODE_TYPES.Literal || typeof element.value !== "string") return undefined;
    values.push(element.value);
  }
  return values;
}

/** The property of an entry written in an object literal, for fixes; `undefined` for assignments. */
export function literalProperty(entry: FieldEntry | undefined): TSESTree.Property | undefined {
  return entry?.node.type === AST_NODE_TYPES.Property ? entry.node : undefined;
}
