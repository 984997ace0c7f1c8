import { resolveModel, type ResolvedModel } from "@gemini-image/protocol";
import {
  HOLE,
  apiOfRequest,
  aspectRatioEntries,
  calleeName,
  childObject,
  configOf,
  configPath,
  isGenerateContentUrl,
  field,
  imageSettingsOf,
  memberName,
  responseFormatEntries,
  modelFromUrl,
  unwrap,
  viewOf,
  type LocatedModel,
  type LocatedRequest,
} from "@gemini-image/locator";
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESTree } from "@typescript-eslint/utils";
import type { FieldReader } from "./field-reader.js";
import type { AuditApi } from "./report.js";
import { ABSENT, UNKNOWN, type Place, type Value } from "./value.js";

/** The model of a request: its text as written, what it resolves to, and where it is written. */
export interface ModelValue {
  readonly kind: Value["kind"];
  readonly text: string | undefined;
  readonly resolved: ResolvedModel | undefined;
  readonly at: Place | undefined;
}

/** What says whether a request asks for an image, besides its model. */
export interface ImageEvidence {
  /** `responseModalities` upper-cased (`Modality.IMAGE` counts as "IMAGE"); "unknown" when not literal. */
  readonly modalities: readonly string[] | "unknown" | undefined;
  /** True when the request has an `imageConfig`. */
  readonly imageConfig: boolean;
  /** True for a JSON answer: `responseSchema`, `responseJsonSchema` or `responseMimeType: "application/json"`. */
  readonly json: boolean;
}

/** One request (or chat, or legacy model with its calls) as the audit reads it. */
export interface RequestValues {
  readonly api: AuditApi;
  /** True when the request reaches the Interactions API, also from another shape (the AI SDK's `google.interactions`). */
  readonly interactions: boolean;
  readonly method: string;
  /** The URL of a REST request, as far as it is known. */
  readonly url?: string;
  /** Where the entry is listed: the request's call, or the factory a chat or legacy model comes from. */
  readonly at: Place;
  /** The calls that send through the factory (`sendMessage`, legacy `generateContent`). */
  readonly sends: readonly { readonly method: string; readonly at: Place }[];
  readonly model: ModelValue;
  /** Every place a field is written, nearest (the sending call) first, for findings. */
  readonly imageSizes: readonly Value[];
  readonly aspectRatios: readonly Value[];
  readonly candidateCounts: readonly Value[];
  readonly evidence: ImageEvidence;
  /** For OpenAI calls: `size` and `n`. */
  readonly openai?: { readonly size: Value; readonly n: Value };
}

const UNKNOWN_MODEL: ModelValue = { kind: "unknown", text: undefined, resolved: undefined, at: undefined };
const NO_MODEL: ModelValue = { kind: "absent", text: undefined, resolved: undefined, at: undefined };

/** The audit's API name for a located request. */
export function apiOf(request: LocatedRequest): AuditApi {
  if (request.shape === "genai") return request.api === "chats.create" || request.api.startsWith("sendMessage") ? "genai-chat" : "genai";
  return request.shape;
}

/**
 * For a body found by its keys: the call that sends it, `fetch(url, { body: JSON.stringify(body) })`
 * or `post(url, body)`, when its URL (through constants the checker reads) is a generateContent URL.
 */
function sendingCall(reader: FieldReader, request: LocatedRequest): { call: TSESTree.CallExpression; url: string } | undefined {
  if (request.origin !== "shape") return undefined;
  let node: TSESTree.Node = request.node;
  for (let step = 0; step < 4 && node.parent; step++) {
    const parent: TSESTree.Node = node.parent;
    if (parent.type === AST_NODE_TYPES.CallExpression && parent.arguments[0] !== node) {
      const first = parent.arguments[0];
      const url = first && reader.text(first);
      return isGenerateContentUrl(url) ? { call: parent, url } : undefined;
    }
    node = parent;
  }
  return undefined;
}

/** A model the locator found, as the audit shows it: a URL's model segment rather than the whole URL. */
function locatedModel(reader: FieldReader, located: LocatedModel): ModelValue {
  const { resolved } = located;
  const text = located.source === "url" ? (resolved.kind === "known" ? (resolved.alias ?? resolved.id) : resolved.name) : located.text;
  const node = located.literal ?? located.node;
  return { kind: "known", text, resolved, at: node && reader.place(node) };
}

function modelOf(reader: FieldReader, request: LocatedRequest): ModelValue {
  if (request.model && request.model.text !== "") return locatedModel(reader, request.model);
  if (request.url !== undefined) return UNKNOWN_MODEL;
  const sender = sendingCall(reader, request);
  if (sender) {
    const fromUrl = modelFromUrl(sender.url, sender.call.arguments[0]!, reader.file.ctx);
    return fromUrl ? locatedModel(reader, fromUrl) : UNKNOWN_MODEL;
  }
  const entry = request.root.get("model");
  if (!entry) return NO_MODEL;
  const text = reader.text(entry.value);
  if (text === undefined || text === "" || text.includes(HOLE)) return UNKNOWN_MODEL;
  return { kind: "known", text, resolved: resolveModel(text), at: reader.place(entry.value) };
}

/** `responseModalities` as upper-cased names: string literals, `Modality.IMAGE`, consts. */
function modalitiesOf(reader: FieldReader, entry: ReturnType<typeof field>): ImageEvidence["modalities"] {
  if (!entry) return undefined;
  const array = unwrap(entry.value);
  if (array.type !== AST_NODE_TYPES.ArrayExpression) return "unknown";
  const names: string[] = [];
  for (const element of array.elements) {
    if (!element || element.type === AST_NODE_TYPES.SpreadElement) return "unknown";
    const value = unwrap(element);
    const name = value.type === AST_NODE_TYPES.MemberExpression ? memberName(value) : reader.text(value);
    if (name === undefined || name.includes(HOLE)) return "unknown";
    names.push(name.toUpperCase());
  }
  return names;
}

/**
 * An interaction's evidence in the audit's terms: the types of its `response_format` entries
 * (or the deprecated `response_modalities`) as modalities, its deprecated `image_config`, and a
 * JSON `response_mime_type` (facts page "The Interactions API").
 */
function interactionEvidence(reader: FieldReader, request: LocatedRequest): ImageEvidence {
  // The AI SDK's `google.interactions` model holds the same settings, camelCase, in `providerOptions.google`.
  const aiSdk = request.shape === "ai-sdk";
  const settings = aiSdk ? configOf(request) : request.root;
  const types = (settings ? responseFormatEntries(settings) : []).map((entry) => {
    const type = entry.get("type");
    const text = type ? reader.text(type.value) : undefined;
    return text === undefined || text.includes(HOLE) ? undefined : text.toUpperCase();
  });
  const mime = field(settings, "responseMimeType");
  return {
    modalities: types.length === 0 ? modalitiesOf(reader, field(settings, "responseModalities")) : types.every((t) => t !== undefined) ? (types as string[]) : "unknown",
    imageConfig: field(aiSdk ? settings : childObject(request.root, "generationConfig"), "imageConfig") !== undefined,
    json: mime !== undefined && reader.text(mime.value) === "application/json",
  };
}

/**
 * Every value of an image setting an interaction writes (its `response_format` image entries, the
 * deprecated `image_config`; for the AI SDK's `google.interactions` model its `responseFormat`
 * image entries or `imageConfig`).
 */
function interactionSettings(reader: FieldReader, request: LocatedRequest, key: string): Value[] {
  const views = imageSettingsOf(request);
  if (views.length === 0) return [request.root.mayHaveUnknownKeys ? UNKNOWN : ABSENT];
  return views.map((view) => reader.read(view, [key]));
}

function evidenceOf(reader: FieldReader, request: LocatedRequest): ImageEvidence {
  if (apiOfRequest(request) === "interactions") return interactionEvidence(reader, request);
  const config = configOf(request);
  const mime = config && field(config, "responseMimeType");
  return {
    modalities: modalitiesOf(reader, config && field(config, "responseModalities")),
    imageConfig: field(config, "imageConfig") !== undefined,
    json:
      field(config, "responseSchema") !== undefined ||
      field(config, "responseJsonSchema") !== undefined ||
      (mime !== undefined && reader.text(mime.value) === "application/json"),
  };
}

/** The first value that is not absent. */
export const firstPresent = (values: readonly Value[]): Value => values.find((value) => value.kind !== "absent") ?? ABSENT;

/**
 * The values of a request made of located requests: one call, or a factory (`chats.create`,
 * `getGenerativeModel`, `startChat`) with the calls sent through it, nearest first. A field
 * set on the sending call wins over the factory's; the model comes from whichever names it.
 */
export function requestValues(reader: FieldReader, members: readonly LocatedRequest[]): RequestValues {
  const root = members[members.length - 1]!;
  const config = (request: LocatedRequest) => configPath(request).split(".");
  const read = (key: string, inImageConfig: boolean) =>
    members.flatMap((request) =>
      apiOfRequest(request) === "interactions" && inImageConfig
        ? interactionSettings(reader, request, key)
        : [reader.read(request.root, [...config(request), ...(inImageConfig ? ["imageConfig"] : []), key])],
    );
  const models = members.map((request) => modelOf(reader, request));
  const evidence = members.map((request) => evidenceOf(reader, request));
  const modalities = evidence.find((e) => e.modalities !== undefined)?.modalities;
  const sender = sendingCall(reader, root);
  return {
    api: apiOf(root),
    interactions: apiOfRequest(root) === "interactions",
    method: sender ? (calleeName(sender.call.callee) ?? "call") : root.api,
    url: sender?.url ?? root.url,
    at: reader.place(sender?.call ?? root.node),
    sends: members.slice(0, -1).map((request) => ({ method: request.api, at: reader.place(request.node) })),
    model: models.find((model) => model.kind !== "absent") ?? NO_MODEL,
    imageSizes: read("imageSize", true),
    // Where valid-aspect-ratio looks (locator aspectRatioEntries): imageConfig.aspectRatio, and
    // the AI SDK generateImage's own option; the path read says "unknown" where keys may hide it.
    aspectRatios: members.flatMap((request) => {
      const entries = aspectRatioEntries(request);
      return entries.length > 0 ? entries.map((entry) => reader.value(entry)) : [reader.read(request.root, [...config(request), "imageConfig", "aspectRatio"])];
    }),
    candidateCounts: read("candidateCount", false),
    evidence: { modalities, imageConfig: evidence.some((e) => e.imageConfig), json: evidence.some((e) => e.json) },
  };
}

/** The values of an OpenAI images call or an Imagen `generateImages` call. */
export function otherCallValues(reader: FieldReader, api: "openai" | "imagen", method: string, call: TSESTree.CallExpression): RequestValues {
  const argument = call.arguments[0]!;
  const view = viewOf(reader.file.ctx, argument);
  const model = view?.get("model");
  const text = model ? reader.text(model.value) : undefined;
  const known = text !== undefined && text !== "" && !text.includes(HOLE);
  return {
    api,
    interactions: false,
    method: calleeName(call.callee) ?? method,
    at: reader.place(call),
    sends: [],
    model: known ? { kind: "known", text, resolved: undefined, at: reader.place(model!.value) } : model ? UNKNOWN_MODEL : NO_MODEL,
    imageSizes: [],
    aspectRatios: api === "imagen" ? [reader.read(view, ["config", "aspectRatio"])] : [],
    candidateCounts: [],
    evidence: { modalities: undefined, imageConfig: false, json: false },
    ...(api === "openai" ? { openai: { size: reader.read(view, ["size"]), n: reader.read(view, ["n"]) } } : {}),
  };
}
