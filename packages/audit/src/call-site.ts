import { relative } from "node:path";
import {
  ProtocolError,
  aspectRatioFinding,
  candidateCountFinding,
  estimateCost,
  imageSizeFinding,
  modelFindings,
  modelLifecycle,
  outputPixels,
  reachesGoogle,
  toImageConfig,
  type AspectRatio,
  type FindingText,
  type ImageSize,
  type KnownModel,
  type Lifecycle,
  type ModelId,
} from "@gemini-image/protocol";
import type { ImageVerdict } from "./classify.js";
import type { AuditFinding, CallSite, Location, OpenAICall } from "./report.js";
import { firstPresent, type RequestValues } from "./request-values.js";
import { knownAs, type Place, type Value } from "./value.js";

/** What every call site of one audit shares. */
export interface AuditContext {
  readonly cwd: string;
  /** The Gemini model OpenAI sizes are quoted for (`--model`). */
  readonly quoteModel: ModelId | undefined;
  /** Findings already reported, by finding id and the place the value is written. */
  readonly reported: Set<string>;
}

function locationOf(place: Place, cwd: string): Location {
  return { file: relative(cwd, place.path) || place.path, line: place.line, column: place.column };
}

/** Output pixels and price, only when the model and both values are known and valid. */
function quote(model: KnownModel | undefined, lifecycle: Lifecycle | undefined, imageSize: Value, aspectRatio: Value) {
  const none = { pixels: undefined, usdPerImage: undefined };
  if (!model || lifecycle === "shut-down" || imageSize.kind === "unknown") return none;
  const size = knownAs<string>(imageSize, "string");
  const accepted: readonly string[] = model.model.imageSizes;
  if (size !== undefined && !accepted.includes(size)) return none;
  const usdPerImage = estimateCost(model.id, size as ImageSize | undefined).usdPerImage;
  const ratio = knownAs<string>(aspectRatio, "string");
  const ratioValid = aspectRatio.kind === "absent" || (ratio !== undefined && (model.model.aspectRatios as readonly string[]).includes(ratio));
  return { usdPerImage, pixels: ratioValid ? outputPixels(model.id, size as ImageSize | undefined, ratio as AspectRatio | undefined) : undefined };
}

/**
 * What to do with an OpenAI images call. `gemini-image migrate` rewrites Gemini requests only and
 * leaves OpenAI SDK calls as they are, so the note never sends users to it for these.
 */
function openaiCall(values: NonNullable<RequestValues["openai"]>, quoteModel: ModelId | undefined): OpenAICall {
  const size = knownAs<string>(values.size, "string");
  const n = knownAs<number>(values.n, "number");
  const byHand = "rewrite it by hand as a Gemini request (migrate leaves OpenAI SDK calls unchanged)";
  if (size === undefined) return { size, n, mapping: undefined, note: `size not known statically; ${byHand}.` };
  if (quoteModel === undefined) return { size, n, mapping: undefined, note: `pass --model to quote its imageConfig; ${byHand}.` };
  try {
    const mapping = toImageConfig(size, { model: quoteModel });
    const config = mapping.imageConfig ? ` with imageConfig ${JSON.stringify(mapping.imageConfig)}` : " with no imageConfig";
    return { size, n, mapping, note: `${byHand}${config}.` };
  } catch (error) {
    if (error instanceof ProtocolError) return { size, n, mapping: undefined, note: `${error.message} Then ${byHand}.` };
    throw error;
  }
}

/**
 * The call site of one request the audit lists, with its findings in the protocol catalog's
 * ids, severities and words (those of the ESLint rules). A finding is reported once, where its
 * value is written: a chat's model at `chats.create`, not again at each `sendMessage`.
 */
export function callSiteOf(values: RequestValues, verdict: ImageVerdict, context: AuditContext): CallSite {
  const { api } = values;
  const location = locationOf(values.at, context.cwd);
  const sends = values.sends.map((send) => ({ method: send.method, ...locationOf(send.at, context.cwd) }));
  const base = { ...location, api, method: values.method, sends, evidence: verdict.evidence };
  const written = values.model.text;

  if (values.openai) {
    return { ...base, model: { written, id: undefined, lifecycle: undefined }, imageSize: undefined, aspectRatio: undefined, candidateCount: undefined, unknown: [], pixels: undefined, usdPerImage: undefined, findings: [], openai: openaiCall(values.openai, context.quoteModel) };
  }

  const imageSize = firstPresent(values.imageSizes);
  const aspectRatio = firstPresent(values.aspectRatios);
  const candidateCount = knownAs<number>(firstPresent(values.candidateCounts), "number");
  const resolved = values.model.resolved;
  const gemini = resolved?.kind === "known" ? resolved : undefined;
  const lifecycle = gemini ? modelLifecycle(gemini.id) : undefined;
  const unknown = (["imageSize", "aspectRatio"] as const).filter((key) => (key === "imageSize" ? imageSize : aspectRatio).kind === "unknown");
  const findings: AuditFinding[] = [];
  const report = (found: FindingText | undefined, at: Place | undefined): void => {
    if (!found) return;
    // Only the catalog's fields: the protocol's extras (`fix`, `rename`) are for fixers.
    const finding: FindingText = { id: found.id, severity: found.severity, message: found.message, docs: found.docs };
    const place = at ?? values.at;
    const key = `${finding.id}@${place.path}:${place.offset}`;
    if (context.reported.has(key)) return;
    context.reported.add(key);
    findings.push({ ...locationOf(place, context.cwd), ...finding });
  };
  // Imagen models are not Gemini image models: listed, never judged. The checks are the ESLint rules' own (protocol).
  if (api !== "imagen") {
    const toGoogle = reachesGoogle(values.url, api !== "rest" && values.url === undefined);
    // Messages name the fields as the request's API spells them (`image_size` in an interaction).
    const inApi = api === "interactions" ? api : undefined;
    if (resolved) for (const finding of modelFindings(resolved, lifecycle, { toGoogle })) report(finding, values.model.at);
    for (const value of values.imageSizes) if (value.kind === "known") report(imageSizeFinding(value.value, gemini?.model, inApi), value.at);
    for (const value of values.aspectRatios) if (value.kind === "known") report(aspectRatioFinding(value.value, gemini?.model, inApi), value.at);
    for (const value of values.candidateCounts) {
      if (gemini && value.kind === "known" && typeof value.value === "number") report(candidateCountFinding(value.value, gemini.model), value.at);
    }
  }
  return {
    ...base,
    model: { written, id: gemini?.id, lifecycle },
    imageSize: imageSize.kind === "known" ? String(imageSize.value) : undefined,
    aspectRatio: aspectRatio.kind === "known" ? String(aspectRatio.value) : undefined,
    candidateCount,
    unknown,
    ...(api === "imagen" ? { pixels: undefined, usdPerImage: undefined } : quote(gemini, lifecycle, imageSize, aspectRatio)),
    findings,
  };
}
