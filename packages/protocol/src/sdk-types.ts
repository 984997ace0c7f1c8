import type { SdkPackage } from "./sdk-methods.js";

/**
 * The request types the Google SDKs declare, with every field each declares: a field written
 * into an object of one of these types that it does not declare is a type error (TS2353 in a
 * literal), even where the SDK sends it on at run time. Sources: `@google/generative-ai` 0.24.1
 * `dist/generative-ai.d.ts` (`BaseParams`, `ModelParams`, `GenerateContentRequest`,
 * `StartChatParams`, `GenerationConfig`: no `responseModalities`, no `imageConfig`) and
 * `@google/genai` 3.3.0 `dist/genai.d.ts` (`GenerateContentParameters`, `CreateChatParameters`,
 * `SendMessageParameters`, `GenerateContentConfig`, `ImageConfig`). The tests compare these
 * lists with the installed declarations.
 */
export interface SdkRequestType {
  readonly package: SdkPackage;
  /** The type's name in the package's declarations. */
  readonly name: string;
  /** The package version and file that declare it. */
  readonly source: string;
  /** Every declared field, each to its own type's name in SDK_REQUEST_TYPES when listed there. */
  readonly fields: Readonly<Record<string, string | null>>;
}

const DECLARED_IN: Readonly<Partial<Record<SdkPackage, string>>> = {
  "@google/generative-ai": "@google/generative-ai 0.24.1 dist/generative-ai.d.ts",
  "@google/genai": "@google/genai 3.3.0 dist/genai.d.ts",
};

const type = (pkg: SdkPackage, name: string, fields: readonly string[], children: Readonly<Record<string, string>> = {}): SdkRequestType => ({
  package: pkg,
  name,
  source: DECLARED_IN[pkg]!,
  fields: Object.fromEntries(fields.map((f) => [f, children[f] ?? null])),
});

const LEGACY_BASE = ["tools", "toolConfig", "systemInstruction", "cachedContent", "safetySettings", "generationConfig"];
const LEGACY_CONFIG = { generationConfig: "GenerationConfig" };

/** The request types, by name; names are unique across the two packages. */
export const SDK_REQUEST_TYPES: Readonly<Record<string, SdkRequestType>> = Object.fromEntries(
  [
    type("@google/generative-ai", "ModelParams", ["model", ...LEGACY_BASE], LEGACY_CONFIG),
    type("@google/generative-ai", "GenerateContentRequest", ["contents", ...LEGACY_BASE], LEGACY_CONFIG),
    type("@google/generative-ai", "StartChatParams", ["history", ...LEGACY_BASE], LEGACY_CONFIG),
    type("@google/generative-ai", "GenerationConfig", [
      "candidateCount",
      "stopSequences",
      "maxOutputTokens",
      "temperature",
      "topP",
      "topK",
      "responseMimeType",
      "responseSchema",
      "presencePenalty",
      "frequencyPenalty",
      "responseLogprobs",
      "logprobs",
    ]),
    type("@google/genai", "GenerateContentParameters", ["model", "contents", "config"], { config: "GenerateContentConfig" }),
    type("@google/genai", "CreateChatParameters", ["model", "history", "config"], { config: "GenerateContentConfig" }),
    type("@google/genai", "SendMessageParameters", ["message", "config"], { config: "GenerateContentConfig" }),
    type(
      "@google/genai",
      "GenerateContentConfig",
      [
        "httpOptions",
        "abortSignal",
        "serviceTier",
        "systemInstruction",
        "temperature",
        "topP",
        "topK",
        "candidateCount",
        "maxOutputTokens",
        "stopSequences",
        "responseLogprobs",
        "logprobs",
        "presencePenalty",
        "frequencyPenalty",
        "seed",
        "responseMimeType",
        "responseSchema",
        "responseJsonSchema",
        "routingConfig",
        "modelSelectionConfig",
        "safetySettings",
        "tools",
        "toolConfig",
        "labels",
        "cachedContent",
        "responseModalities",
        "mediaResolution",
        "speechConfig",
        "audioTimestamp",
        "automaticFunctionCalling",
        "thinkingConfig",
        "audioTranscriptionConfig",
        "imageConfig",
        "enableEnhancedCivicAnswers",
        "modelArmorConfig",
        "continuationToken",
        "automaticContinuation",
        "generationOutputConfig",
        "store",
      ],
      { imageConfig: "ImageConfig" },
    ),
    type("@google/genai", "ImageConfig", ["aspectRatio", "imageSize", "personGeneration", "outputMimeType", "outputCompressionQuality", "imageOutputOptions", "prominentPeople"]),
  ].map((t) => [t.name, t]),
);

/** The type of the object a legacy `@google/generative-ai` method takes, by method name. */
export const LEGACY_PARAMETER_TYPES: Readonly<Record<string, string>> = {
  getGenerativeModel: "ModelParams",
  generateContent: "GenerateContentRequest",
  generateContentStream: "GenerateContentRequest",
  startChat: "StartChatParams",
};
