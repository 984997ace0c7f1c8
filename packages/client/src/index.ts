/**
 * @gemini-image/client: a small reference client for Gemini image generation. It validates
 * before sending, keeps the key out of URLs, backs off on rate limits and finds the final image.
 */
export { createGeminiImageClient, defaultValidator } from "./client.js";
export type { ClientOptions, GeminiImageClient, GenerateImageResult, GeneratedImage, Validator } from "./client.js";
export { DEFAULT_RETRY, retryPolicy, retryWait, type RetryOptions, type RetryPolicy } from "./backoff.js";
export { recordingClock, systemClock, type Clock, type RecordingClock } from "./clock.js";
export {
  GeminiHttpError,
  GeminiImageError,
  GeminiNoImageError,
  GeminiTimeoutError,
  GeminiValidationError,
  type FieldViolation,
  type GoogleErrorBody,
  type RequestTarget,
  type ValidationFinding,
} from "./errors.js";
export { durationMs, parseGoogleError } from "./google-error.js";
export { imageDimensions, type Dimensions } from "./image-dimensions.js";
export { redactSecret, redactUrl } from "./redact.js";
export {
  buildInteractionsRequest,
  type BuiltInteractionsRequest,
  type InteractionsBody,
  type InteractionsInputEntry,
  type InteractionsResponseFormat,
} from "./interactions-request.js";
export { parseInteraction } from "./interactions-response.js";
export {
  buildRequest,
  encodedImages,
  imageSettings,
  type BuiltRequest,
  type GenerateContentBody,
  type GenerateImageOptions,
  type ImageSettings,
  type InputImage,
} from "./request.js";
export { decodeImage, parseResponse, type ParsedResponse, type ResponseImage, type Usage } from "./response.js";
