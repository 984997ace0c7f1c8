/**
 * @gemini-image/test-server: a Gemini-compatible image-generation server on loopback, for
 * generateContent and the Interactions API, so the real HTTP exchange runs offline in tests.
 * Strict mode answers with Google's own error bodies; lenient mode drops unknown fields the way
 * many gateways do.
 */
export { startTestServer, type RecordedRequest, type ServerMode, type TestServer, type TestServerOptions } from "./server.js";
export type { ScriptedFailure } from "./failures.js";
export type { KeySource } from "./auth.js";
export { encodePng, pngSize, type CheckerboardPattern, type Rgb } from "./png.js";
