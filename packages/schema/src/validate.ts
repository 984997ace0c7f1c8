import { INTERACTION_RESPONSE, classifyBody, isVertexAiUrl, modelLifecycle, resolveModel, type GeminiApi, type Lifecycle, type ModelId, type ModelRef } from "@gemini-image/protocol";
import { findingsFromAjv, type AjvError } from "./ajv-findings.js";
import { chooseApi } from "./api.js";
import { checkContents } from "./content-checks.js";
import type { Finding, ValidationResult } from "./finding.js";
import { checkResponseModalities } from "./generation-checks.js";
import { byModel, validateBody } from "./generated/validators.js";
import { interactionsBodyFindings, modelInBody } from "./interactions-validate.js";
import { isKnownClean } from "./known-clean.js";
import { makeFinding } from "./make-finding.js";
import { modelContext, type ModelContext } from "./model-context.js";
import { findingsInsideMoves } from "./moves.js";
import { structureProblem } from "./structure.js";
import { checkUnconfirmedValues } from "./unconfirmed-checks.js";

/** Options of `validate`. */
export interface ValidateOptions {
  /**
   * The model the body is sent to: an id, `models/<id>`, a URL or a gateway alias. Its
   * imageSize, aspectRatio, input-image and candidateCount limits apply; without one, the
   * union of every current model's.
   */
  readonly model?: ModelRef;
  /**
   * The API the body is sent to. Default: the body's own keys (`input` or `response_format`:
   * Interactions; `contents`: generateContent), else generateContent. An Interactions body names
   * its model itself: that `model` is what Google uses, so it wins over `model` here.
   */
  readonly api?: GeminiApi;
  /** The day lifecycle warnings are computed for (default: today). */
  readonly date?: Date;
}

type CompiledValidator = ((data: unknown) => boolean) & { errors?: AjvError[] | null };

/** Today's lifecycle per model, recomputed once a minute: `new Date()` per body is measurable. */
const lifecycleToday = new Map<ModelId, { stage: Lifecycle; until: number }>();

function lifecycleOf(id: ModelId, date: Date | undefined): Lifecycle {
  if (date !== undefined) return modelLifecycle(id, date);
  const now = Date.now();
  const cached = lifecycleToday.get(id);
  if (cached && cached.until > now) return cached.stage;
  const stage = modelLifecycle(id, new Date(now));
  lifecycleToday.set(id, { stage, until: now + 60_000 });
  return stage;
}

/** Warnings about the model name itself (at `path`): a gateway alias, an unknown id, a retired model. */
function modelFindings(context: ModelContext, date: Date | undefined, path: string, textRequest: boolean): Finding[] {
  if (context.input === undefined) return [];
  if (context.id === undefined) {
    const resolved = resolveModel(context.input);
    // An id Google's SDK lists without published capabilities is real: nothing to report, and
    // the body is checked against every model's values (ModelContext's union).
    if (resolved.kind === "unknown" && resolved.listed) return [];
    const name = resolved.kind === "unknown" && resolved.name !== undefined ? resolved.name : context.input;
    // A text model's request (`gemini-2.5-flash` asking for text or JSON) is no image request:
    // its model is not an unknown image model (the shared verdict, protocol classifyBody).
    if (textRequest) return [];
    return [makeFinding("unknown-model", path, { model: name, suggestion: resolved.kind === "unknown" ? resolved.suggestion : undefined })];
  }
  const findings: Finding[] = [];
  if (context.alias !== undefined) findings.push(makeFinding("model-alias", path, { alias: context.alias, id: context.id }));
  const stage = lifecycleOf(context.id, date);
  const { status } = context.model!;
  if (stage === "shut-down") {
    findings.push(makeFinding("retired-model", path, { model: context.id, replacement: status.replacement }));
  } else if (stage === "deprecated" && status.shutdown) {
    findings.push(makeFinding("deprecated-model", path, { model: context.id, date: status.shutdown.date, replacement: status.replacement }));
  }
  return findings;
}

/** The findings about the body itself (not the model name). */
function bodyFindings(body: unknown, context: ModelContext, nesting: number): Finding[] {
  const problem = structureProblem(body);
  if (problem) return [makeFinding("invalid-body", "", { reason: problem })];
  const findings: Finding[] = [];
  const validator = ((context.id && (byModel as Record<string, CompiledValidator>)[context.id]) || validateBody) as CompiledValidator;
  if (!validator(body)) {
    findings.push(...findingsFromAjv(validator.errors ?? [], body, context));
    findings.push(...findingsInsideMoves(body, findings, nesting, (moved, next) => bodyFindings(moved, context, next)));
  }
  const object = body as Record<string, unknown>;
  checkResponseModalities(object, findings, context.input);
  checkContents(object, context, findings);
  checkUnconfirmedValues(object, context, findings);
  return findings;
}

/** True when the body's own evidence says it asks for text, not an image; never throws. */
function isTextRequest(body: unknown, model: string | undefined): boolean {
  try {
    return classifyBody(body, model).verdict === "not-image";
  } catch {
    // Getters that throw and the like: the body's own findings say so.
    return false;
  }
}

/**
 * snake_case names Google's REST parser accepts (facts page, "camelCase and snake_case"). They
 * are defects of image requests, where this package's tools judge them; in a request the shared
 * verdict calls not-image (a text or JSON call) they are no finding, as in the ESLint rule, so
 * the guard never rejects, and repair never rewrites, a text request Google takes as it is.
 */
const IMAGE_REQUEST_ONLY: ReadonlySet<string> = new Set(["snake-case-field", "snake-case-part-field"]);

/**
 * The same verdict for an interaction: an image entry in its `response_format` asks for an image,
 * which classifyBody (a reader of generateContent's fields) does not see. Google's own sample
 * `interactions_multimodal_input_text_and_image.ts` asks gemini-2.5-flash-lite about a picture.
 */
function isTextInteraction(body: unknown, model: string | undefined): boolean {
  if (body !== null && typeof body === "object" && Object.hasOwn(body, "response_format")) {
    const formats = [(body as { response_format: unknown }).response_format].flat();
    const image = formats.some((f: unknown) => f !== null && typeof f === "object" && (f as { type?: unknown }).type === INTERACTION_RESPONSE.imageContentType);
    if (image) return false;
  }
  return isTextRequest(body, model);
}

/** Model texts longer than this are not remembered by the known-clean shortcut (they come from requests). */
const MAX_REMEMBERED_MODEL = 256;

/**
 * The findings of `body` for `api`. A generateContent body of text prompts and an image config
 * whose config the pipeline already found clean for this model today is answered at once
 * (known-clean.ts); with an explicit `date` the whole pipeline always runs.
 */
function findingsFor(body: unknown, options: ValidateOptions, api: GeminiApi): Finding[] {
  const model = options.model;
  if (api === "generate-content" && options.date === undefined && (model === undefined || model.length <= MAX_REMEMBERED_MODEL)) {
    const { id } = modelContext(model);
    const stage = id === undefined ? "" : lifecycleOf(id, undefined);
    if (isKnownClean(body, model ?? "", stage, isCleanForGenerateContent, options)) return [];
  }
  return pipelineFindings(body, options, api);
}

/** True when every check finds nothing in a generateContent body (the known-clean shortcut's verdict). */
function isCleanForGenerateContent(body: unknown, options: ValidateOptions): boolean {
  return pipelineFindings(body, options, "generate-content").length === 0;
}

/** Every check, in order: the model's name, the body's structure and schema, then each semantic check. */
function pipelineFindings(body: unknown, options: ValidateOptions, api: GeminiApi): Finding[] {
  const named = api === "interactions" ? modelInBody(body) : undefined;
  const context = modelContext(named ?? options.model);
  // A text request's model is no unknown image model (both APIs); snake_case is judged only on
  // generateContent bodies, since Interactions fields are snake_case by design.
  const textRequest = api === "interactions" ? isTextInteraction(body, context.input) : isTextRequest(body, context.input);
  const findings = modelFindings(context, options.date, named === undefined ? "" : "/model", textRequest);
  try {
    findings.push(...(api === "interactions" ? interactionsBodyFindings(body, context, 0) : bodyFindings(body, context, 0)));
  } catch (error) {
    // Getters that throw, Proxies and the like: report, never crash the caller.
    const reason = `reading it failed (${error instanceof Error ? error.message : String(error)})`;
    findings.push(makeFinding("invalid-body", "", api === "interactions" ? { reason, api } : { reason }));
  }
  // Vertex AI takes the imageConfig fields the Gemini API rejects (facts page "Request").
  const vertex = context.input !== undefined && isVertexAiUrl(context.input);
  const textBody = textRequest && api === "generate-content";
  return findings.filter((f) => !(textBody && IMAGE_REQUEST_ONLY.has(f.code)) && !(vertex && f.code === "vertex-only-field"));
}

/** The findings of `body` without the `ok` summary, for the API `options.api` or the body names. Never throws. */
export function collectFindings(body: unknown, options: ValidateOptions = {}): Finding[] {
  return findingsFor(body, options, chooseApi(body, options.api).api);
}

/**
 * Checks a generateContent or Interactions request body (`options.api`, else the body's keys).
 * `ok` is false when any finding is an error; each finding carries the protocol's message and,
 * where safe, a JSON Patch `fix`; `api` and `apiSource` say which API was checked and why.
 */
export function validate(body: unknown, options: ValidateOptions = {}): ValidationResult {
  const { api, apiSource } = chooseApi(body, options.api);
  const findings = findingsFor(body, options, api);
  return { ok: !findings.some((f) => f.severity === "error"), findings, api, apiSource };
}

/** The error `assertValid` throws: its message lists every finding. */
export class RequestBodyError extends Error {
  override readonly name = "RequestBodyError";
  readonly findings: readonly Finding[];

  constructor(findings: readonly Finding[]) {
    const lines = findings.map((f) => `- ${f.path || "(body)"}: ${f.message}`);
    super(`The request body has ${findings.length} problem${findings.length === 1 ? "" : "s"}:\n${lines.join("\n")}`);
    this.findings = findings;
  }
}

/** Throws a RequestBodyError listing every finding when `body` has an error; returns it otherwise. */
export function assertValid<T>(body: T, options: ValidateOptions = {}): T {
  const { ok, findings } = validate(body, options);
  if (!ok) throw new RequestBodyError(findings);
  return body;
}
