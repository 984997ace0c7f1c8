/**
 * @gemini-image/audit: a type-aware inventory of the image-generation calls in a project, with
 * each call's model, imageConfig, price and findings, read through the TypeScript checker.
 */
export { audit, type AuditOptions } from "./audit.js";
export { AuditInputError } from "./project.js";
export type { AuditApi, AuditFinding, AuditReport, AuditSummary, CallModel, CallSite, Location, OpenAICall } from "./report.js";
