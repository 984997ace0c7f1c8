/**
 * @gemini-image/protocol: the facts of Gemini's image-generation API in one place. Every other
 * gemini-image package reads models, sizes, ratios, pixels, prices, fields and finding texts
 * from here.
 */
export * from "./ai-sdk-interactions.js";
export * from "./aspect-ratio.js";
export * from "./base64.js";
export * from "./body-classification.js";
export * from "./classification.js";
export * from "./endpoint.js";
export * from "./errors.js";
export * from "./fields.js";
export * from "./har.js";
export * from "./findings.js";
export * from "./image-config.js";
export * from "./image-size.js";
export * from "./interactions-agent.js";
export * from "./interactions-casing.js";
export * from "./interactions-openai.js";
export * from "./interactions.js";
export * from "./lifecycle.js";
export * from "./limits.js";
export * from "./listed-models.js";
export * from "./modalities.js";
export * from "./model-output.js";
export * from "./models.js";
export * from "./openai.js";
export * from "./project.js";
export * from "./resolve-model.js";
export * from "./sdk-methods.js";
export * from "./sdk-part-helpers.js";
export * from "./sdk-types.js";
export * from "./size-table.js";
export * from "./sources.js";
export * from "./tiers.js";
export * from "./value-findings.js";
