/**
 * Most inline (base64) payload one generateContent request may carry on the Gemini API:
 * 100 MB, raised from 20 MB in January 2026 (SOURCES.imageGeneration; facts page "Parts").
 * Read as 100 MiB, the larger reading, so a request near the edge is never flagged wrongly.
 * Vertex AI allows only 7 MB per inline file.
 */
export const INLINE_DATA_LIMIT_BYTES = 100 * 1024 * 1024;
