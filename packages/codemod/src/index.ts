/**
 * @gemini-image/codemod: migrates OpenAI-style image requests to Gemini's imageConfig. Run it
 * with `gemini-image migrate`, or as a plain jscodeshift transform (`./transform`).
 */
export { IN_PROCESS_MAX_FILES, migrate, TRANSFORM_PATH, type MigrateOptions, type MigrateSummary } from "./migrate.js";
export { migrateSource, type MigrationResult } from "./migrate-source.js";
export type { TransformOptions } from "./options.js";
export type { FollowUp } from "./follow-ups.js";
export { mayContainGeminiRequest } from "./prefilter.js";
export { TRANSFORMS, type RequestTransform } from "./transforms/index.js";
export { MIGRATION_TARGETS, TO_INTERACTIONS, type MigrationTarget } from "./to-interactions/index.js";
// The CLI turns it on before `migrate` parses TypeScript (Node 20 has no compile cache of its own).
export { enableTypeScriptCompileCache, typeScriptCompileCacheState, type CompileCacheState } from "@gemini-image/locator/node";
