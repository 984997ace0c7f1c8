import { gatewaySaturated, resourceExhausted, unavailable, type JsonAnswer } from "./google-errors.js";

/**
 * One scripted failure. Each generate or Interactions request (after its key is checked) takes
 * the next one from the queue; when the queue is empty requests are answered normally.
 */
export type ScriptedFailure =
  /** Google's 429 RESOURCE_EXHAUSTED; with `retryDelaySeconds`, a RetryInfo detail and "Please retry in Ns." */
  | { readonly kind: "rate-limit"; readonly retryDelaySeconds?: number }
  /** A gateway's 429: `{"error":{"message":"Upstream load ... saturated","type":"upstream_error","code":429}}`. */
  | { readonly kind: "gateway-rate-limit" }
  /** Google's 503 UNAVAILABLE ("The model is overloaded"). */
  | { readonly kind: "unavailable" }
  /** Waits `delayMs`, then answers the request normally (or with its validation error). */
  | { readonly kind: "slow"; readonly delayMs: number };

/** The error a failure answers with, or `undefined` for `slow`, which only delays. */
export function failureAnswer(failure: ScriptedFailure): JsonAnswer | undefined {
  switch (failure.kind) {
    case "rate-limit":
      return resourceExhausted(failure.retryDelaySeconds);
    case "gateway-rate-limit":
      return gatewaySaturated();
    case "unavailable":
      return unavailable();
    case "slow":
      return undefined;
  }
}

const KINDS: ReadonlySet<string> = new Set(["rate-limit", "gateway-rate-limit", "unavailable", "slow"]);

/** Throws a TypeError that says what to write when a scripted failure is malformed. */
export function assertFailure(failure: ScriptedFailure): void {
  const kind = (failure as { kind?: unknown } | null)?.kind;
  if (typeof kind !== "string" || !KINDS.has(kind)) {
    throw new TypeError(
      `Unknown scripted failure ${JSON.stringify(failure)}. Use { kind: "rate-limit", retryDelaySeconds? }, { kind: "gateway-rate-limit" }, { kind: "unavailable" } or { kind: "slow", delayMs }.`,
    );
  }
  if (failure.kind === "slow" && !(Number.isFinite(failure.delayMs) && failure.delayMs >= 0)) {
    throw new TypeError(`A slow failure needs delayMs, a number of milliseconds >= 0, got ${JSON.stringify(failure.delayMs)}.`);
  }
  if (failure.kind === "rate-limit" && failure.retryDelaySeconds !== undefined && !(failure.retryDelaySeconds >= 0)) {
    throw new TypeError(`retryDelaySeconds must be a number of seconds >= 0, got ${JSON.stringify(failure.retryDelaySeconds)}.`);
  }
}
