import type { FindingId, ImageConfigMapping, Lifecycle, ModelId, Pixels, SdkApi, Severity } from "@gemini-image/protocol";

/**
 * How a request reaches Google (or OpenAI): an SDK, a REST URL or body, the Vercel AI SDK, or
 * the Interactions API (`ai.interactions.create`, a POST to `…/v1beta/interactions`).
 */
export type AuditApi = SdkApi | "rest" | "ai-sdk" | "interactions";

/** A position in a file; `file` is relative to the working directory. */
export interface Location {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/** A finding at one call site, in the protocol catalog's words. */
export interface AuditFinding extends Location {
  readonly id: FindingId;
  readonly severity: Severity;
  readonly message: string;
  /** The repository path of the finding's docs page. */
  readonly docs: string;
}

/** What the audit knows about the model of a call. */
export interface CallModel {
  /** The model as written (an id, `models/<id>`, a URL, an alias); `undefined` when not known statically. */
  readonly written: string | undefined;
  /** The Gemini image model it resolves to, when it does. */
  readonly id: ModelId | undefined;
  /** The model's lifecycle today, for resolved models. */
  readonly lifecycle: Lifecycle | undefined;
}

/** One OpenAI images call: what it asks for and what it becomes on Gemini. */
export interface OpenAICall {
  readonly size: string | undefined;
  readonly n: number | undefined;
  /** The imageConfig for `--model`, when the size is known and a model was given. */
  readonly mapping: ImageConfigMapping | undefined;
  /** What to do next, in one sentence. */
  readonly note: string;
}

/** A call that sends through a chat or legacy model listed as one request. */
export interface SendLocation extends Location {
  readonly method: string;
}

/**
 * One image-generation request. A chat (`chats.create` and its `sendMessage` calls) and a
 * legacy model (`getGenerativeModel` and the calls on it) are one request each, listed where
 * they are created, with the calls that send in `sends`.
 */
export interface CallSite extends Location {
  readonly api: AuditApi;
  /** The SDK method (`generateContent`, `chats.create`, `getGenerativeModel`, …), the REST callee (`fetch`), or `shape` for a body found by its keys. */
  readonly method: string;
  /** The calls that send this request, when it is created in one place and sent in others. */
  readonly sends: readonly SendLocation[];
  /** Why the audit counts it as an image request (`an image model`, `IMAGE in responseModalities`, …). */
  readonly evidence: string;
  readonly model: CallModel;
  /** `imageSize` as written when known statically; `undefined` when absent or unknown (see `known`). */
  readonly imageSize: string | undefined;
  readonly aspectRatio: string | undefined;
  readonly candidateCount: number | undefined;
  /** Which of imageSize and aspectRatio could not be read statically (not literals). */
  readonly unknown: readonly ("imageSize" | "aspectRatio")[];
  /** Output pixels, when the model and values are known and valid. */
  readonly pixels: Pixels | undefined;
  /** Standard-tier USD per image, when the model and imageSize are known and valid. */
  readonly usdPerImage: number | undefined;
  readonly findings: readonly AuditFinding[];
  /** For `openai` calls only. */
  readonly openai?: OpenAICall;
}

/** Totals over every call site. */
export interface AuditSummary {
  readonly files: number;
  readonly calls: number;
  readonly byApi: Readonly<Partial<Record<AuditApi, number>>>;
  /** Calls per resolved model id; calls whose model is not a known image model are counted in `unknownModel`. */
  readonly byModel: Readonly<Record<string, number>>;
  readonly unknownModel: number;
  readonly findings: Readonly<Record<Severity, number>>;
  /** Gemini requests found that are not image requests (text models, TEXT-only modalities, JSON schemas): not listed. */
  readonly notImage: number;
  /** Gemini requests found whose kind the audit cannot tell (no model or image setting it can read): not listed. */
  readonly undecided: number;
}

/** Said when files name Gemini but the audit found no request in them: it never stays silent. */
export interface NothingFound {
  readonly message: string;
  /** The files that name Gemini, relative to the working directory. */
  readonly files: readonly string[];
}

/** A file the audit could not parse. */
export interface UnreadableFile {
  readonly file: string;
  readonly message: string;
}

/** What `audit` answers. */
export interface AuditReport {
  readonly calls: readonly CallSite[];
  readonly summary: AuditSummary;
  /** Present when no image request was found although some files name Gemini. */
  readonly nothingFound?: NothingFound;
  readonly unreadable: readonly UnreadableFile[];
  /** False when the audit ran without type information (`types: false`). */
  readonly types: boolean;
}
