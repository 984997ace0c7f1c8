import type { FindingId, ImageConfigMapping, Lifecycle, ModelId, Pixels, SdkApi, Severity } from "@gemini-image/protocol";

/** How a call reaches Google (or OpenAI): an SDK read by its declared types, or a REST URL. */
export type AuditApi = SdkApi | "rest";

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

/** One image-generation call site. */
export interface CallSite extends Location {
  readonly api: AuditApi;
  /** The SDK method (`generateContent`, `sendMessage`, …) or, for REST, `fetch`-like callee text. */
  readonly method: string;
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
}

/** What `audit` answers. */
export interface AuditReport {
  readonly calls: readonly CallSite[];
  readonly summary: AuditSummary;
}
