// generated, do not edit: packages/schema/scripts/generate.mjs writes it from the schema file.
import type { AspectRatio, ImageSize, RESPONSE_MODALITIES } from "@gemini-image/protocol";

/** The body of POST models/{model}:generateContent, as `gemini-generate-content.schema.json` describes it. */
export interface GenerateContentRequest {
  contents: Content[];
  generationConfig?: GenerationConfig;
  safetySettings?: Record<string, unknown>[];
  systemInstruction?: Content;
  tools?: Record<string, unknown>[];
  toolConfig?: Record<string, unknown>;
  cachedContent?: string;
  labels?: Record<string, unknown>;
  serviceTier?: unknown;
  store?: unknown;
  continuationToken?: unknown;
}

export interface Content {
  role?: string;
  parts: Part[];
}

export interface Part {
  text?: string;
  inlineData?: InlineData;
  inline_data?: InlineData;
  fileData?: FileData;
  file_data?: FileData;
  thought?: boolean;
  thoughtSignature?: string;
  thought_signature?: string;
  functionCall?: Record<string, unknown>;
  function_call?: Record<string, unknown>;
  functionResponse?: Record<string, unknown>;
  function_response?: Record<string, unknown>;
  executableCode?: Record<string, unknown>;
  codeExecutionResult?: Record<string, unknown>;
  videoMetadata?: Record<string, unknown>;
  mediaResolution?: unknown;
  media_resolution?: unknown;
  partMetadata?: unknown;
  toolCall?: unknown;
  toolResponse?: unknown;
  audioTranscription?: unknown;
  mediaProcessing?: unknown;
  speechMetadata?: unknown;
}

export interface InlineData {
  mimeType?: string;
  mime_type?: string;
  data: string;
}

export interface FileData {
  mimeType?: string;
  mime_type?: string;
  fileUri?: string;
  file_uri?: string;
}

export interface GenerationConfig {
  responseModalities?: Array<(typeof RESPONSE_MODALITIES)[number]>;
  imageConfig?: ImageConfig;
  temperature?: number;
  topP?: number;
  topK?: number;
  candidateCount?: number;
  maxOutputTokens?: number;
  stopSequences?: string[];
  seed?: number;
  responseMimeType?: string;
  responseSchema?: Record<string, unknown>;
  responseJsonSchema?: unknown;
  mediaResolution?: string;
  speechConfig?: Record<string, unknown>;
  thinkingConfig?: Record<string, unknown>;
  presencePenalty?: number;
  frequencyPenalty?: number;
  responseLogprobs?: boolean;
  logprobs?: number;
  audioTranscriptionConfig?: unknown;
  enableEnhancedCivicAnswers?: unknown;
  responseFormat?: unknown;
}

export interface ImageConfig {
  aspectRatio?: AspectRatio;
  imageSize?: ImageSize;
}
