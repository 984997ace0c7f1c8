import {
  API_KEY_HEADER,
  estimateCost,
  formatUsd,
  harGeminiRequests,
  isHar,
  outputPixels,
  resolveModel,
  type AspectRatio,
  type GeminiApi,
  type ImageSize,
  type ModelId,
  type Pixels,
} from "@gemini-image/protocol";
import { redactKey, repair, validate, type Finding, type RepairChange } from "@gemini-image/schema";

/** What the body's model and image settings give: the output pixels and the price, or why not. */
export type BodyOutput =
  | { readonly model: ModelId; readonly imageSize: string | undefined; readonly aspectRatio: string | undefined; readonly pixels: Pixels; readonly price: string }
  | { readonly note: string };

/** One request body checked: its findings, its repair and what it would produce. */
export interface CheckedBody {
  /** For a HAR entry: which request, its URL without the API key. */
  readonly label: string | undefined;
  readonly api: GeminiApi;
  readonly findings: readonly Finding[];
  readonly changes: readonly RepairChange[];
  /** The body and the repaired body, pretty-printed for the diff. */
  readonly before: string;
  readonly after: string;
  readonly output: BodyOutput;
}

/** What the Body tab shows: the checked bodies, or why the text could not be read. */
export interface BodyReport {
  readonly error: string | undefined;
  readonly bodies: readonly CheckedBody[];
}

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === "object" && !Array.isArray(value);

/** Request headers that carry credentials: Gemini's key header, a gateway's bearer token, cookies. */
const SECRET_HEADERS = new Set([API_KEY_HEADER, "authorization", "proxy-authorization", "x-api-key", "api-key", "cookie"]);

/** What replaces a secret. */
export const REDACTED = "REDACTED";

/**
 * The HAR text with every credential removed (the \`key\` URL parameter, its queryString
 * entry, secret request headers), or \`undefined\` when \`text\` is no HAR or holds none. The
 * page puts this text in its editor instead of the pasted one, so a key never shows and never
 * lands in the URL hash of a shared link.
 */
export function redactHarText(text: string): string | undefined {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isHar(document)) return undefined;
  let removed = false;
  for (const entry of (document as { log: { entries: unknown[] } }).log.entries) {
    if (!isObject(entry) || !isObject(entry.request)) continue;
    const request = entry.request;
    if (typeof request.url === "string" && redactKey(request.url) !== request.url) {
      request.url = redactKey(request.url);
      removed = true;
    }
    for (const list of [request.headers, request.queryString]) {
      if (!Array.isArray(list)) continue;
      for (const pair of list) {
        if (!isObject(pair) || typeof pair.name !== "string" || pair.value === REDACTED) continue;
        const secret = list === request.headers ? SECRET_HEADERS.has(pair.name.toLowerCase()) : pair.name === "key";
        if (secret) {
          pair.value = REDACTED;
          removed = true;
        }
      }
    }
  }
  return removed ? JSON.stringify(document, null, 2) : undefined;
}

/**
 * Checks a pasted JSON body, or every Gemini request of a HAR capture. `model` (a picked model,
 * or "") is used when the body and its URL name none. Only the URL of a HAR entry is read
 * besides its body, and its `key=` parameter is removed: headers (where `x-goog-api-key`
 * travels) are never read.
 */
export function checkBodyText(text: string, model: string): BodyReport {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    return { error: `Not JSON: ${(error as Error).message}`, bodies: [] };
  }
  if (!isHar(document)) return { error: undefined, bodies: [checkBody(document, model || undefined, undefined, undefined)] };

  const requests = harGeminiRequests(document);
  if (requests.length === 0) return { error: "This HAR holds no request to :generateContent or …/interactions.", bodies: [] };
  const bodies: CheckedBody[] = [];
  for (const request of requests) {
    const url = redactKey(request.url);
    const label = `entry ${request.entry}: ${request.method} ${url}`;
    let body: unknown;
    try {
      body = JSON.parse(request.body ?? "");
    } catch {
      return { error: `${label}: the recorded body is not JSON.`, bodies };
    }
    // A generateContent URL names the model; an interaction names it in its body.
    const ref = request.api === "generate-content" ? url : model || undefined;
    bodies.push(checkBody(body, ref, request.api, label));
  }
  return { error: undefined, bodies };
}

function checkBody(body: unknown, model: string | undefined, api: GeminiApi | undefined, label: string | undefined): CheckedBody {
  const options = { model, api };
  const checked = validate(body, options);
  const repaired = repair(body, options);
  const modelRef = checked.api === "interactions" && isObject(body) && typeof body.model === "string" ? body.model : model;
  return {
    label,
    api: checked.api,
    findings: checked.findings,
    changes: repaired.changes,
    before: JSON.stringify(body, null, 2),
    after: JSON.stringify(repaired.body, null, 2),
    output: outputOf(repaired.body, checked.api, modelRef),
  };
}

/** imageSize and aspectRatio as the body writes them, in either API's spelling. */
function imageSettings(body: unknown, api: GeminiApi): { imageSize: unknown; aspectRatio: unknown } {
  if (!isObject(body)) return { imageSize: undefined, aspectRatio: undefined };
  if (api === "generate-content") {
    const config = isObject(body.generationConfig) && isObject(body.generationConfig.imageConfig) ? body.generationConfig.imageConfig : {};
    return { imageSize: config.imageSize, aspectRatio: config.aspectRatio };
  }
  // Interactions: response_format (one object or a list, the image entry has type "image") or
  // the older generation_config.image_config; protocol/interactions.ts lists both.
  const formats = Array.isArray(body.response_format) ? body.response_format : [body.response_format];
  const format = formats.find((entry) => isObject(entry) && entry.type === "image");
  const legacy = isObject(body.generation_config) && isObject(body.generation_config.image_config) ? body.generation_config.image_config : {};
  const settings = isObject(format) ? format : legacy;
  return { imageSize: settings.image_size, aspectRatio: settings.aspect_ratio };
}

function outputOf(body: unknown, api: GeminiApi, model: string | undefined): BodyOutput {
  const resolved = resolveModel(model);
  if (model === undefined || resolved.kind !== "known") {
    return { note: model === undefined ? "Pick a model to see the output pixels and the price." : `No output pixels or price: "${model}" is no image model this page knows.` };
  }
  const { imageSize, aspectRatio } = imageSettings(body, api);
  if ((imageSize !== undefined && typeof imageSize !== "string") || (aspectRatio !== undefined && typeof aspectRatio !== "string")) {
    return { note: "No output pixels or price: imageSize and aspectRatio must be strings." };
  }
  try {
    const pixels = outputPixels(resolved.id, imageSize as ImageSize | undefined, aspectRatio as AspectRatio | undefined);
    const cost = estimateCost(resolved.id, imageSize as ImageSize | undefined);
    return { model: resolved.id, imageSize, aspectRatio, pixels, price: formatUsd(cost.usdPerImage, cost.unconfirmed) };
  } catch (error) {
    return { note: `No output pixels or price: ${(error as Error).message}` };
  }
}
