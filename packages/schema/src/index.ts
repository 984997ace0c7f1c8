/**
 * @gemini-image/schema: the JSON Schemas of a Gemini image request through generateContent or
 * the Interactions API, validators compiled ahead of time that say the fix, repair mode and a
 * proxy guard.
 */
export type { Finding, FixOperation, ValidationResult } from "./finding.js";
export { displayPath, parsePointer, toPointer, valueAt } from "./json-pointer.js";
export { MAX_DEPTH } from "./structure.js";
export { RequestBodyError, assertValid, collectFindings, validate, type ValidateOptions } from "./validate.js";
export { applyPatch, PatchConflict } from "./patch.js";
export { repair, type RepairChange, type RepairResult } from "./repair.js";
export {
  createGuard,
  redactKey,
  type Guard,
  type GuardDecision,
  type GuardLogEntry,
  type GuardMode,
  type GuardOptions,
  type GuardedRequest,
} from "./guard.js";
export { googleBadRequest, type FieldViolation, type GoogleErrorBody } from "./google-error.js";
export { interactionsBadRequest, type InteractionsErrorBody } from "./interactions-error.js";
export type { ApiSource } from "./api.js";
export type {
  Content,
  FileData,
  GenerateContentRequest,
  GenerationConfig,
  ImageConfig,
  InlineData,
  Part,
} from "./generated/types.js";
