/**
 * The field catalog: which names exist where in a generateContent request, which belong to
 * OpenAI, and how snake_case and camelCase names pair up.
 * Sources: SOURCES.generateContentReference, SOURCES.imageGeneration, SOURCES.genaiTypes;
 * facts page "Request".
 */

/** Top-level fields of a REST generateContent body. The model is in the URL, not the body. */
export const REQUEST_FIELDS = [
  "contents",
  "generationConfig",
  "safetySettings",
  "systemInstruction",
  "tools",
  "toolConfig",
  "cachedContent",
  // Also sent to the Gemini API by @google/genai 3.3.0 (generateContentConfigToMldev;
  // SOURCES.genaiTypes): not OpenAI fields, so never flagged.
  "labels",
  "serviceTier",
  "store",
  "continuationToken",
] as const;

/** `generationConfig` fields that are legal and must never be flagged. */
export const GENERATION_CONFIG_FIELDS = [
  "responseModalities",
  "imageConfig",
  "temperature",
  "topP",
  "topK",
  "candidateCount",
  "maxOutputTokens",
  "stopSequences",
  "seed",
  "responseMimeType",
  "responseSchema",
  "responseJsonSchema",
  "mediaResolution",
  "speechConfig",
  "thinkingConfig",
  "presencePenalty",
  "frequencyPenalty",
  "responseLogprobs",
  "logprobs",
  // Also written by @google/genai 3.3.0 for the Gemini API (generateContentConfigToMldev).
  "audioTranscriptionConfig",
  "enableEnhancedCivicAnswers",
  // A newer spelling seen in some 2026 material, UNCONFIRMED: accepted, never flagged.
  "responseFormat",
] as const;

/** Fields of `generationConfig.imageConfig` on the Gemini API. */
export const IMAGE_CONFIG_FIELDS = ["aspectRatio", "imageSize"] as const;

/**
 * imageConfig fields that only Vertex AI accepts. The Gemini API answers
 * `Unknown name "outputMimeType" at 'generation_config.image_config': Cannot find field.`
 */
export const VERTEX_ONLY_IMAGE_CONFIG_FIELDS = [
  "outputMimeType",
  "personGeneration",
  "outputCompressionQuality",
  "prominentPeople",
  // @google/genai 3.3.0 refuses it in Gemini API mode too (imageConfigToMldev).
  "imageOutputOptions",
] as const;

/** `responseModalities` values. Emit uppercase: case-insensitivity is UNCONFIRMED. */
export const RESPONSE_MODALITIES = ["TEXT", "IMAGE", "AUDIO", "VIDEO"] as const;

/** Fields of one `contents[]` entry. */
export const CONTENT_FIELDS = ["role", "parts"] as const;

/**
 * Fields of a part. A request part carries one of `text`, `inlineData`, `fileData` (and, in
 * multi-turn chats, the model's own parts sent back with `thought` and `thoughtSignature`).
 */
export const PART_FIELDS = [
  "text",
  "inlineData",
  "fileData",
  "thought",
  "thoughtSignature",
  "functionCall",
  "functionResponse",
  "executableCode",
  "codeExecutionResult",
  "videoMetadata",
  // Part fields @google/genai 3.3.0 passes to the Gemini API as they are (its partToMldev
  // converter; SOURCES.genaiTypes): Gemini 3's per-part mediaResolution among them.
  "mediaResolution",
  "partMetadata",
  "toolCall",
  "toolResponse",
  "audioTranscription",
  "mediaProcessing",
  "speechMetadata",
] as const;

/** Fields of `inlineData`: bare base64 `data`, never a `data:` URL. */
export const INLINE_DATA_FIELDS = ["mimeType", "data"] as const;
/** Fields of `fileData`. */
export const FILE_DATA_FIELDS = ["mimeType", "fileUri"] as const;

/**
 * `@google/genai` parameter shape: `ai.models.generateContent({ model, contents, config })`.
 * Its key is `config`; a `generationConfig` there is silently ignored (SOURCES.genaiIssue865).
 */
export const GENAI_PARAMS = {
  fields: ["model", "contents", "config"],
  configKey: "config",
  /** Fields of `config` besides the generationConfig ones (SOURCES.genaiTypes, GenerateContentConfig). */
  extraConfigFields: [
    "httpOptions",
    "abortSignal",
    "systemInstruction",
    "safetySettings",
    "tools",
    "toolConfig",
    "labels",
    "cachedContent",
    "routingConfig",
    "modelSelectionConfig",
    "audioTimestamp",
    "automaticFunctionCalling",
    "serviceTier",
  ],
} as const;

/**
 * snake_case spellings of Gemini fields, to their camelCase names. Google's REST parser
 * (proto3 JSON) accepts both, but the `@google/genai` converter copies only camelCase keys,
 * many gateways drop snake_case, and responses are always camelCase.
 */
export const SNAKE_TO_CAMEL: Readonly<Record<string, string>> = {
  generation_config: "generationConfig",
  safety_settings: "safetySettings",
  system_instruction: "systemInstruction",
  tool_config: "toolConfig",
  cached_content: "cachedContent",
  service_tier: "serviceTier",
  continuation_token: "continuationToken",
  response_modalities: "responseModalities",
  image_config: "imageConfig",
  image_size: "imageSize",
  aspect_ratio: "aspectRatio",
  candidate_count: "candidateCount",
  max_output_tokens: "maxOutputTokens",
  stop_sequences: "stopSequences",
  top_p: "topP",
  top_k: "topK",
  response_mime_type: "responseMimeType",
  response_schema: "responseSchema",
  response_json_schema: "responseJsonSchema",
  media_resolution: "mediaResolution",
  speech_config: "speechConfig",
  thinking_config: "thinkingConfig",
  presence_penalty: "presencePenalty",
  frequency_penalty: "frequencyPenalty",
  response_logprobs: "responseLogprobs",
  inline_data: "inlineData",
  file_data: "fileData",
  mime_type: "mimeType",
  file_uri: "fileUri",
  thought_signature: "thoughtSignature",
  function_call: "functionCall",
  function_response: "functionResponse",
  output_mime_type: "outputMimeType",
  person_generation: "personGeneration",
};

/** camelCase names to their snake_case spellings (the inverse of SNAKE_TO_CAMEL). */
export const CAMEL_TO_SNAKE: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(SNAKE_TO_CAMEL).map(([snake, camel]) => [camel, snake]),
);

/** The camelCase name of a known snake_case Gemini field, or `undefined`. */
export function camelName(name: string): string | undefined {
  return Object.hasOwn(SNAKE_TO_CAMEL, name) ? SNAKE_TO_CAMEL[name] : undefined;
}

/** An OpenAI image-request field with no Gemini equivalent, and what to do instead. */
export interface OpenAIField {
  readonly name: string;
  /** What the field does at OpenAI. */
  readonly meaning: string;
  /** What to write for Gemini instead, as an instruction. */
  readonly instead: string;
}

/**
 * OpenAI image fields that Gemini lacks (SOURCES.openaiImages; facts page "Request" and
 * "OpenAI sizes to map"), plus the chat-style and Imagen-style names people carry over.
 */
export const OPENAI_FIELDS: Readonly<Record<string, OpenAIField>> = Object.fromEntries(
  (
    [
      ["size", "output width x height", "remove it and set generationConfig.imageConfig { imageSize, aspectRatio }"],
      ["n", "number of images per call", "remove it: Gemini returns one image per call, so make N calls"],
      ["numberOfImages", "number of images per call (Imagen)", "remove it: Gemini returns one image per call, so make N calls"],
      ["quality", "rendering quality", 'remove it; for more detail choose a larger imageSize ("2K", "4K")'],
      ["style", "vivid or natural look (dall-e-3)", "remove it and describe the style in the text prompt"],
      ["response_format", "url or b64_json", "remove it: Gemini always returns base64 in inlineData"],
      ["background", "transparent or opaque background", "remove it and ask for the background in the text prompt"],
      ["output_format", "png, jpeg or webp", "remove it: Gemini chooses the output MIME type (read inlineData.mimeType)"],
      ["output_compression", "JPEG/WebP compression level", "remove it: the Gemini API has no output compression setting"],
      ["moderation", "moderation strictness", "remove it and use safetySettings"],
      ["partial_images", "streamed partial images", "remove it; use :streamGenerateContent to stream parts"],
      ["user", "end-user id for abuse tracking", "remove it: the Gemini API has no per-request user field"],
      ["messages", "chat messages (Chat Completions)", "use contents: [{ role: \"user\", parts: [{ text }] }]"],
      ["prompt", "the text prompt", "put the prompt in contents[0].parts as { text } after any images"],
      ["model", "model id in the body", "remove it: the model goes in the URL, models/<id>:generateContent"],
    ] as const
  ).map(([name, meaning, instead]) => [name, { name, meaning, instead }]),
);

/** True when `name` is an OpenAI image field Gemini lacks. */
export function isOpenAIField(name: string): boolean {
  return Object.hasOwn(OPENAI_FIELDS, name);
}

const ascii = (bytes: Uint8Array, start: number, end: number): string => String.fromCharCode(...bytes.subarray(start, end));

/** ISO-BMFF `ftyp` brands of HEIC files and of generic HEIF image files. */
const HEIC_BRANDS: ReadonlySet<string> = new Set(["heic", "heix", "heim", "heis", "hevc", "hevx"]);
const HEIF_BRANDS: ReadonlySet<string> = new Set(["mif1", "msf1", "heif"]);

/**
 * The image MIME type the leading bytes announce (PNG, JPEG, GIF, WebP, HEIC, HEIF), or
 * `undefined` for any other bytes: an unknown signature is never taken for a mismatch. Twelve
 * bytes are enough for every format.
 */
export function sniffImageMimeType(bytes: Uint8Array): string | undefined {
  if (bytes.length >= 8 && bytes[0] === 0x89 && ascii(bytes, 1, 4) === "PNG" && bytes[4] === 0x0d && bytes[5] === 0x0a) {
    return "image/png";
  }
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return "image/jpeg";
  if (bytes.length >= 6 && (ascii(bytes, 0, 6) === "GIF87a" || ascii(bytes, 0, 6) === "GIF89a")) return "image/gif";
  if (bytes.length >= 12 && ascii(bytes, 0, 4) === "RIFF" && ascii(bytes, 8, 12) === "WEBP") return "image/webp";
  if (bytes.length >= 12 && ascii(bytes, 4, 8) === "ftyp") {
    const brand = ascii(bytes, 8, 12);
    if (HEIC_BRANDS.has(brand)) return "image/heic";
    if (HEIF_BRANDS.has(brand)) return "image/heif";
  }
  return undefined;
}

/** HEIC is a kind of HEIF: a `mif1` file labelled image/heic (or the reverse) is not a mismatch. */
export function sameImageMimeType(declared: string, actual: string): boolean {
  if (declared === actual) return true;
  return (declared === "image/heic" || declared === "image/heif") && (actual === "image/heic" || actual === "image/heif");
}
