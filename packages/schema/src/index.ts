/**
 * @gemini-image/schema: the JSON Schema of a Gemini generateContent image request, a
 * validator compiled ahead of time that says the fix, repair mode and a proxy guard.
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
