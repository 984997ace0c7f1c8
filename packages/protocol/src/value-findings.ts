import { ALL_ASPECT_RATIOS, normalizeAspectRatio, type AspectRatio } from "./aspect-ratio.js";
import { isVertexAiUrl } from "./endpoint.js";
import { describeFinding, type FindingText } from "./findings.js";
import { IMAGE_SIZES, normalizeImageSize, type ImageSize } from "./image-size.js";
import type { Lifecycle } from "./lifecycle.js";
import type { GeminiApi } from "./interactions.js";
import { confirmedAspectRatios, isUnconfirmedAspectRatio, type ImageModel, type ModelId } from "./models.js";
import { modelOutput } from "./model-output.js";
import type { ResolvedModel } from "./resolve-model.js";

/**
 * The checks of one request value against its model, in one place for every tool: the ESLint
 * rules (`valid-image-size`, `valid-aspect-ratio`, `no-multiple-images`, `valid-model-id`) and
 * the audit call them, so the same value gets the same finding id, severity and words. With the
 * model unknown (`undefined`), only a value no Gemini model takes is reported. A model with no
 * output tiers is shut down and takes nothing: its model finding says what to do instead.
 */

/** A finding about a value, and the value a fix may write when the slip's meaning is certain. */
export interface ValueFinding<T extends string = string> extends FindingText {
  readonly fix: T | undefined;
}

/** A value as messages show it: strings quoted, numbers bare. */
const shown = (value: string | number): string => (typeof value === "string" ? `"${value}"` : String(value));

/**
 * `invalid-image-size` for an imageSize the model does not take; a case or space slip (`"1k"`)
 * gets its fix. `api` names the field as that API spells it (`image_size` for Interactions).
 */
export function imageSizeFinding(value: string | number, model: ImageModel | undefined, api?: GeminiApi): ValueFinding<ImageSize> | undefined {
  if (model && model.tiers.length === 0) return undefined;
  const accepted: readonly ImageSize[] = model ? model.imageSizes : IMAGE_SIZES;
  if (typeof value === "string" && (accepted as readonly string[]).includes(value)) return undefined;
  const normalized = typeof value === "string" ? normalizeImageSize(value) : undefined;
  const fix = normalized !== undefined && accepted.includes(normalized) ? normalized : undefined;
  return { ...describeFinding("invalid-image-size", { value: shown(value), model: model?.id, accepted, fix, ...(api ? { api } : {}) }), fix };
}

/** `invalid-aspect-ratio` for a ratio the model does not take; a separator slip (`"16x9"`) gets its fix. `api` as for `imageSizeFinding`. */
export function aspectRatioFinding(value: string | number, model: ImageModel | undefined, api?: GeminiApi): ValueFinding<AspectRatio> | undefined {
  if (model && model.tiers.length === 0) return undefined;
  const accepted: readonly AspectRatio[] = model ? model.aspectRatios : ALL_ASPECT_RATIOS;
  if (typeof value === "string" && (accepted as readonly string[]).includes(value)) return undefined;
  const fix = typeof value === "string" ? normalizeAspectRatio(value, accepted) : undefined;
  return { ...describeFinding("invalid-aspect-ratio", { value: shown(value), model: model?.id, accepted, fix, ...(api ? { api } : {}) }), fix };
}

/**
 * `unconfirmed-aspect-ratio` (a warning) for a ratio Google lists for the model without confirming
 * it on the Gemini API; `undefined` with the model unknown. The rule
 * `prefer-confirmed-aspect-ratio`, the validator and the client's checks all ask this one.
 */
export function unconfirmedAspectRatioFinding(value: string, model: ImageModel | undefined, api?: GeminiApi): FindingText | undefined {
  if (!model || !isUnconfirmedAspectRatio(model, value)) return undefined;
  const words = api === "interactions" ? { api } : {};
  return describeFinding("unconfirmed-aspect-ratio", { value, model: model.id, confirmed: confirmedAspectRatios(model), ...words });
}

/** `candidate-count` for a candidateCount above what the model answers. */
export function candidateCountFinding(value: number, model: ImageModel): FindingText | undefined {
  if (model.tiers.length === 0 || value <= model.maxCandidateCount) return undefined;
  return describeFinding("candidate-count", { value, model: model.id, max: model.maxCandidateCount });
}

/** Hosts that are Google's own API: a gateway alias sent there answers 404. */
const GEMINI_API_HOST = /^https?:\/\/(?:[\w-]+\.)*generativelanguage\.googleapis\.com\//u;

/**
 * True when a request reaches Google's own API, where gateway aliases are no model: every SDK
 * call (`viaSdk`), and REST calls to a Google host. A REST URL elsewhere may be a gateway.
 */
export function reachesGoogle(url: string | undefined, viaSdk: boolean): boolean {
  return viaSdk || (url !== undefined && (GEMINI_API_HOST.test(url) || isVertexAiUrl(url)));
}

/** A finding about a model name, and the rename that fixes it when there is one. */
export interface ModelFinding extends FindingText {
  readonly rename: { readonly from: string; readonly to: ModelId } | undefined;
}

/**
 * What a model name says about itself: a typo of an image model id (a near miss), an unknown id
 * whose name says image sent to Google, a gateway alias sent to Google (`toGoogle`: gateways
 * accept aliases and name models their own way, Google's host and SDKs do not), a shut-down or
 * deprecated model. Any other unknown name may be a model we do not know: nothing.
 */
export function modelFindings(resolved: ResolvedModel, lifecycle: Lifecycle | undefined, options: { readonly toGoogle: boolean }): ModelFinding[] {
  if (resolved.kind === "unknown") {
    if (resolved.name === undefined || resolved.listed) return [];
    if (resolved.suggestion) {
      const finding = describeFinding("unknown-model", { model: resolved.name, suggestion: resolved.suggestion });
      return [{ ...finding, rename: { from: resolved.name, to: resolved.suggestion } }];
    }
    // Every Google image model id on the facts page is known here, and @google/genai 3.3.0's
    // `Model` list (SOURCES.genaiDeclarations) names no other id that says image besides the
    // listed ones: such an id is no current Google image model (a retired experiment such as
    // `gemini-2.0-flash-preview-image-generation`, or a made-up name). No rename: nothing says which.
    if (options.toGoogle && modelOutput(resolved.name) === "image-named") {
      return [{ ...describeFinding("unknown-model", { model: resolved.name }), rename: undefined }];
    }
    return [];
  }
  if (resolved.alias !== undefined) {
    if (!options.toGoogle) return [];
    return [{ ...describeFinding("model-alias", { alias: resolved.alias, id: resolved.id }), rename: { from: resolved.alias, to: resolved.id } }];
  }
  const { status } = resolved.model;
  const rename = status.replacement ? { from: resolved.id, to: status.replacement } : undefined;
  if (lifecycle === "shut-down") return [{ ...describeFinding("retired-model", { model: resolved.id, replacement: status.replacement }), rename }];
  if (lifecycle === "deprecated" && status.shutdown) {
    return [{ ...describeFinding("deprecated-model", { model: resolved.id, date: status.shutdown.date, replacement: status.replacement }), rename }];
  }
  return [];
}
