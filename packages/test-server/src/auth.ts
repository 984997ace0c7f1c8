import type { IncomingMessage } from "node:http";
import { API_KEY_HEADER } from "@gemini-image/protocol";
import { invalidKey, missingKey, type JsonAnswer } from "./google-errors.js";

/** Where a request carried its API key. */
export type KeySource = "x-goog-api-key" | "query" | "bearer" | "none";

/** The key a request carries and where it was found. */
export interface RequestKey {
  readonly source: KeySource;
  readonly key: string | undefined;
}

/**
 * Finds the key the way Google's front end and gateways read it: the `x-goog-api-key` header
 * (both Google SDKs), then `?key=` (works, but leaks into logs), then `Authorization: Bearer`
 * (the seed's gateway).
 */
export function readKey(request: IncomingMessage, url: URL): RequestKey {
  const header = request.headers[API_KEY_HEADER];
  const headerKey = Array.isArray(header) ? header[0] : header;
  if (headerKey) return { source: "x-goog-api-key", key: headerKey };
  const queryKey = url.searchParams.get("key");
  if (queryKey) return { source: "query", key: queryKey };
  const bearer = /^Bearer\s+(\S+)\s*$/iu.exec(request.headers.authorization ?? "");
  if (bearer) return { source: "bearer", key: bearer[1]! };
  return { source: "none", key: undefined };
}

/**
 * Google's answer to a missing (403) or wrong (400) key, or `undefined` when the key passes.
 * Without `expected`, any non-empty key passes.
 */
export function checkKey(found: RequestKey, expected: string | undefined): JsonAnswer | undefined {
  if (found.key === undefined) return missingKey();
  if (expected !== undefined && found.key !== expected) return invalidKey();
  return undefined;
}
