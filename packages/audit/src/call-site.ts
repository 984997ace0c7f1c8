import { relative } from "node:path";
import {
  ProtocolError,
  estimateCost,
  modelLifecycle,
  outputPixels,
  resolveModel,
  toImageConfig,
  type AspectRatio,
  type FindingText,
  type ImageSize,
  type KnownModel,
  type Lifecycle,
  type ModelId,
  type ResolvedModel,
} from "@gemini-image/protocol";
import type { CallExpression, Node } from "ts-morph";
import { factoryCalls } from "./factory.js";
import { aspectRatioFinding, candidateCountFinding, imageSizeFinding, modelFindings } from "./model-findings.js";
import type { AuditApi, AuditFinding, CallModel, CallSite, Location, OpenAICall } from "./report.js";
import { restCallOf } from "./rest.js";
import { sdkMethodOf } from "./sdk-call.js";
import { HOLE, readPath, type Read } from "./values.js";

/** What every call site of one audit shares. */
export interface AuditContext {
  readonly cwd: string;
  /** The Gemini model OpenAI sizes are quoted for (`--model`). */
  readonly quoteModel: ModelId | undefined;
  /** Findings already reported, by finding id and the place the value is written. */
  readonly reported: Set<string>;
}

/** Where the generation settings sit in each API's request. */
const CONFIG_KEY: Record<Exclude<AuditApi, "openai">, string> = {
  genai: "config",
  "genai-chat": "config",
  imagen: "config",
  legacy: "generationConfig",
  rest: "generationConfig",
};

/** How a call was recognised: the request objects it reads, nearest first, and where its model is. */
interface Recognised {
  readonly api: AuditApi;
  readonly method: string;
  /** The call's own request object, then those of the factories behind it. */
  readonly requests: readonly Node[];
  /** For REST: the URL, which names the model. */
  readonly url?: string;
  readonly factory: boolean;
}

function recognise(call: CallExpression): Recognised | undefined {
  const sdk = sdkMethodOf(call);
  if (sdk) {
    const own = call.getArguments()[0];
    const factories = factoryCalls(call).flatMap((factory) => factory.getArguments().slice(0, 1));
    return { api: sdk.api, method: sdk.method, requests: own ? [own, ...factories] : factories, factory: sdk.role === "factory" };
  }
  const rest = restCallOf(call);
  if (!rest) return undefined;
  return { api: "rest", method: call.getExpression().getText(), requests: rest.body ? [rest.body] : [], url: rest.url, factory: false };
}

/** The first request object (nearest first) that has `path`. */
function read(requests: readonly Node[], path: readonly string[]): Read {
  for (const request of requests) {
    const value = readPath(request, path);
    if (value.kind !== "absent") return value;
  }
  return { kind: "absent" };
}

const known = <T extends string | number>(value: Read, type: "string" | "number"): T | undefined =>
  value.kind === "known" && typeof value.value === type ? (value.value as T) : undefined;

/** The model text as written and where, from a `model` property or a REST URL. */
function modelText(recognised: Recognised): { text: string | undefined; resolved: ResolvedModel | undefined; read: Read } {
  if (recognised.url !== undefined) {
    const resolved = resolveModel(recognised.url);
    // A URL whose model segment is built at run time names no model the audit can know.
    if (resolved.kind === "unknown" && (resolved.name === undefined || resolved.name.includes(HOLE))) {
      return { text: undefined, resolved: undefined, read: { kind: "unknown" } };
    }
    const text = resolved.kind === "known" ? (resolved.alias ?? resolved.id) : resolved.name;
    return { text, resolved, read: { kind: "known", value: recognised.url, node: undefined } };
  }
  const value = read(recognised.requests, ["model"]);
  const text = known<string>(value, "string");
  return { text, resolved: text === undefined ? undefined : resolveModel(text), read: value };
}

function locationOf(node: Node, cwd: string): Location {
  const file = node.getSourceFile();
  const { line, column } = file.getLineAndColumnAtPos(node.getStart());
  return { file: relative(cwd, file.getFilePath()) || file.getFilePath(), line, column };
}

/** Output pixels and price, only when the model and both values are known and valid. */
function quote(model: KnownModel | undefined, lifecycle: Lifecycle | undefined, imageSize: Read, aspectRatio: Read) {
  const none = { pixels: undefined, usdPerImage: undefined };
  if (!model || lifecycle === "shut-down" || imageSize.kind === "unknown") return none;
  const size = known<string>(imageSize, "string");
  const accepted: readonly string[] = model.model.imageSizes;
  if (size !== undefined && !accepted.includes(size)) return none;
  const usdPerImage = estimateCost(model.id, size as ImageSize | undefined).usdPerImage;
  const ratio = known<string>(aspectRatio, "string");
  const ratioValid = aspectRatio.kind === "absent" || (ratio !== undefined && (model.model.aspectRatios as readonly string[]).includes(ratio));
  return { usdPerImage, pixels: ratioValid ? outputPixels(model.id, size as ImageSize | undefined, ratio as AspectRatio | undefined) : undefined };
}

function openaiCall(requests: readonly Node[], quoteModel: ModelId | undefined): OpenAICall {
  const size = known<string>(read(requests, ["size"]), "string");
  const n = known<number>(read(requests, ["n"]), "number");
  const migrate = "run gemini-image migrate to rewrite it";
  if (size === undefined) return { size, n, mapping: undefined, note: `size not known statically; ${migrate}.` };
  if (quoteModel === undefined) return { size, n, mapping: undefined, note: `pass --model to quote; ${migrate}.` };
  try {
    return { size, n, mapping: toImageConfig(size, { model: quoteModel }), note: `${migrate}.` };
  } catch (error) {
    if (error instanceof ProtocolError) return { size, n, mapping: undefined, note: `${error.message} Then ${migrate}.` };
    throw error;
  }
}

/**
 * The call site of `call`, or `undefined` when it is not an image-generation call: not an
 * SDK method or REST URL above, a factory that names no model, or a known non-image model
 * (`gemini-2.5-flash`) with no imageConfig.
 */
export function callSiteOf(call: CallExpression, context: AuditContext): CallSite | undefined {
  const recognised = recognise(call);
  if (!recognised) return undefined;
  const { api, requests } = recognised;
  const location = locationOf(call, context.cwd);
  const model = modelText(recognised);
  if (recognised.factory && model.read.kind === "absent") return undefined;

  if (api === "openai") {
    const openai = openaiCall(requests, context.quoteModel);
    const callModel: CallModel = { written: model.text, id: undefined, lifecycle: undefined };
    return { ...location, api, method: recognised.method, model: callModel, imageSize: undefined, aspectRatio: undefined, candidateCount: undefined, unknown: [], pixels: undefined, usdPerImage: undefined, findings: [], openai };
  }

  const settings = CONFIG_KEY[api];
  const imageConfig = api === "imagen" ? [settings] : [settings, "imageConfig"];
  const imageSize = read(requests, [...imageConfig, "imageSize"]);
  const aspectRatio = read(requests, [...imageConfig, "aspectRatio"]);
  const candidateCount = known<number>(read(requests, [settings, "candidateCount"]), "number");
  const resolved = model.resolved;
  const gemini = resolved?.kind === "known" ? resolved : undefined;
  const isImageCall = resolved?.kind !== "unknown" || resolved.suggestion !== undefined;
  if (api !== "imagen" && !isImageCall && imageSize.kind === "absent" && aspectRatio.kind === "absent") return undefined;

  const lifecycle = gemini ? modelLifecycle(gemini.id) : undefined;
  const unknown = (["imageSize", "aspectRatio"] as const).filter((key) => (key === "imageSize" ? imageSize : aspectRatio).kind === "unknown");
  const findings: AuditFinding[] = [];
  const report = (finding: FindingText | undefined, at: Read): void => {
    if (!finding) return;
    const where = at.kind === "known" && at.node ? at.node : call;
    const key = `${finding.id}@${where.getSourceFile().getFilePath()}:${where.getStart()}`;
    if (context.reported.has(key)) return;
    context.reported.add(key);
    findings.push({ ...location, ...finding });
  };
  // Imagen models are not Gemini image models: listed, never judged.
  if (api !== "imagen") {
    if (resolved) for (const finding of modelFindings(resolved, lifecycle)) report(finding, model.read);
    if (lifecycle !== "shut-down") {
      const size = known<string>(imageSize, "string");
      const ratio = known<string>(aspectRatio, "string");
      if (size !== undefined) report(imageSizeFinding(size, gemini?.model), imageSize);
      if (ratio !== undefined) report(aspectRatioFinding(ratio, gemini?.model), aspectRatio);
      if (gemini && candidateCount !== undefined) report(candidateCountFinding(candidateCount, gemini), { kind: "unknown" });
    }
  }
  return {
    ...location,
    api,
    method: recognised.method,
    model: { written: model.text, id: gemini?.id, lifecycle },
    imageSize: imageSize.kind === "known" ? String(imageSize.value) : undefined,
    aspectRatio: aspectRatio.kind === "known" ? String(aspectRatio.value) : undefined,
    candidateCount,
    unknown,
    ...(api === "imagen" ? { pixels: undefined, usdPerImage: undefined } : quote(gemini, lifecycle, imageSize, aspectRatio)),
    findings,
  };
}
