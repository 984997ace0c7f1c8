/**
 * How bytes travel in a JSON body. Facts page "Request": `data` is bare base64 in both APIs; a
 * `data:image/png;base64,` prefix or a URL answers "Base64 decoding failed". Google's parser is
 * proto3 JSON, which reads standard or URL-safe base64 with or without padding.
 */

const BASE64 = /^[A-Za-z0-9+/_-]*={0,2}$/u;

/** True when `value` is base64 as proto3 JSON reads bytes (standard or URL-safe, padding optional). */
export function isBase64(value: unknown): boolean {
  if (typeof value !== "string" || !BASE64.test(value)) return false;
  const unpadded = value.replace(/=+$/u, "");
  if (unpadded.length % 4 === 1) return false;
  return unpadded.length === value.length || value.length % 4 === 0;
}
