import type { Classification, Evidence, ResolvedModel } from "@gemini-image/protocol";
import type { TSESTree } from "@typescript-eslint/utils";
import type { ObjectView } from "./object-view.js";

/**
 * The shape of a located request, which decides where each field belongs:
 * - `rest`: a generateContent JSON body (`contents`, `generationConfig`);
 * - `genai`: `@google/genai` parameters (`model`, `contents`, `config`);
 * - `legacy`: `@google/generative-ai` (`getGenerativeModel({ model, generationConfig })`);
 * - `ai-sdk`: Vercel AI SDK options (`model: google(...)`, `providerOptions.google`), camelCase
 *   also when the model is `google.interactions(id)` (then `providerApi` is `interactions`);
 * - `interactions`: an Interactions API body (`ai.interactions.create(params)` or a REST POST to
 *   `…/v1beta/interactions`): snake_case, the model in the body, image settings in `response_format`.
 *   `url` tells the REST form from the SDK call.
 */
export type RequestShape = "rest" | "genai" | "legacy" | "ai-sdk" | "interactions";

/** Where the request's model came from and what it resolved to. */
export interface LocatedModel {
  /** The model text as written (`models/gemini-3-pro-image`, a URL, `google/…`). */
  readonly text: string;
  readonly resolved: ResolvedModel;
  readonly source: "url" | "property" | "setting";
  /** The expression naming the model; `undefined` when it comes from the settings. */
  readonly node: TSESTree.Node | undefined;
  /** The string literal holding the model name, when a fix can edit it. */
  readonly literal: TSESTree.StringLiteral | undefined;
  /**
   * True when this is only the likely model: the value the code falls back to when the run
   * supplies none (`process.env.X || "…"`, a parameter default, a public field's initializer).
   * Reports about the id itself apply; checks that judge other fields by the model must not
   * rely on it (see `checkedModel`).
   */
  readonly likely?: boolean;
}

/** A piece of classification evidence, with the expression it was read from (for reports). */
export interface LocatedEvidence extends Evidence {
  readonly node: TSESTree.Node | undefined;
}

/** Whether a located request asks for an image, and why. */
export type RequestClassification = Classification<LocatedEvidence>;

/** A Gemini request found in the code, as the rules receive it. */
export interface LocatedRequest {
  readonly shape: RequestShape;
  /** The API the request goes through: `fetch`, `generateContent`, `chats.create`, `generateImage`, `shape`… */
  readonly api: string;
  /** `call` when the sending call was seen; `shape` when only the object's keys identify it. */
  readonly origin: "call" | "shape";
  /** The call that sends the request, or the object found by its shape. */
  readonly node: TSESTree.Node;
  /** The REST body, the SDK parameters or the AI SDK options. */
  readonly root: ObjectView;
  /**
   * The model, when the code names one (maybe only as the likely one); `undefined` when it names
   * none or several different ones (then see `candidates`).
   */
  readonly model: LocatedModel | undefined;
  /**
   * Every model the request may be sent with, when the code names more than one (`MODELS[tier]`,
   * `pro ? A : B`, a field assigned in several places), each with its own node and literal.
   */
  readonly candidates?: readonly LocatedModel[];
  /**
   * For an AI SDK request, the API its provider sends it to when that is not generateContent:
   * `interactions` for a model made by `google.interactions(id)`, whose provider writes an
   * Interactions body from camelCase `providerOptions.google` (see `apiOfRequest`).
   */
  readonly providerApi?: "interactions";
  /** The request URL for REST calls, with HOLE for unknown parts. */
  readonly url: string | undefined;
  /** The input passed as the call's argument itself (legacy `generateContent([prompt, image])`). */
  readonly input?: TSESTree.Node;
  /**
   * Whether the request asks for an image (`image`, `not-image`, `unknown`) with its evidence.
   * Every tool asks this instead of deciding for itself.
   */
  readonly classification: RequestClassification;
}

/** A request as one locator finds it, before it is classified. */
export type FoundRequest = Omit<LocatedRequest, "classification">;
