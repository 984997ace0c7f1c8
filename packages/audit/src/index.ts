/**
 * @gemini-image/audit: an inventory of the image-generation requests in a project, with each
 * request's model, imageConfig, price and findings. Files are read with the same locator as the
 * ESLint rules; the TypeScript checker adds what one file cannot show.
 */
export { audit, type AuditOptions } from "./audit.js";
export { AuditInputError } from "./input-error.js";
export { classifyRequest, type ImageVerdict } from "./classify.js";
export { toSarif, type SarifLog, type SarifResult, type SarifRule, type SarifRun } from "./sarif.js";
export type {
  AuditApi,
  AuditFinding,
  AuditReport,
  AuditSummary,
  CallModel,
  CallSite,
  Location,
  NothingFound,
  OpenAICall,
  SendLocation,
  UnreadableFile,
} from "./report.js";
