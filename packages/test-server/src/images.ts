import type { Pixels } from "@gemini-image/protocol";
import { encodePng, type CheckerboardPattern } from "./png.js";

/** Which image of an answer: the final one, or an interim "thought" image. */
export type ImageRole = "final" | "thought";

/** Distinct colours, so a test can tell a thought image from the final one by its palette too. */
const PATTERNS: Readonly<Record<ImageRole, CheckerboardPattern>> = {
  final: { colors: [[250, 204, 21], [30, 64, 175]], cell: 64 },
  thought: { colors: [[200, 200, 200], [90, 90, 90]], cell: 32 },
};

const CACHE_LIMIT = 32;
const cache = new Map<string, string>();

/**
 * A base64 PNG of `pixels` for `role`. Encoded images are kept (a few dozen, oldest dropped
 * first) because suites and benchmarks ask for the same sizes over and over.
 */
export function pngBase64(pixels: Pixels, role: ImageRole): string {
  const key = `${pixels.width}x${pixels.height}:${role}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const data = encodePng(pixels.width, pixels.height, PATTERNS[role]).toString("base64");
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  cache.set(key, data);
  return data;
}
