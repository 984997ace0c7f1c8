/** How the client retries rate limits and overloads. */
export interface RetryOptions {
  /** Retries after the first try; 0 turns retrying off. Default 3 (so at most 4 requests). */
  readonly retries?: number;
  /** The first wait; each next wait doubles it. Default 3000 ms (3 s, 6 s, 12 s). */
  readonly baseDelayMs?: number;
  /** Random spread of each wait, as a fraction: 0.2 waits between 80% and 120%. Default 0.2. */
  readonly jitter?: number;
  /** The longest server-requested `retryDelay` honoured; longer ones give up at once. Default 60 s. */
  readonly maxRetryDelayMs?: number;
  /** HTTP statuses worth retrying. Default 429 and 503. */
  readonly statuses?: readonly number[];
}

/** RetryOptions with every default filled in. */
export type RetryPolicy = Required<RetryOptions>;

/**
 * The defaults: exponential backoff from 3 s with jitter, as Google's rate-limit guidance and the
 * facts page ("3 s, 6 s, 12 s, with jitter") say; never an immediate retry.
 */
export const DEFAULT_RETRY: RetryPolicy = {
  retries: 3,
  baseDelayMs: 3000,
  jitter: 0.2,
  maxRetryDelayMs: 60_000,
  statuses: [429, 503],
};

/** Fills in the defaults and rejects nonsense with a message that says what to pass. */
export function retryPolicy(options: RetryOptions | false | undefined): RetryPolicy {
  if (options === false) return { ...DEFAULT_RETRY, retries: 0 };
  const policy = { ...DEFAULT_RETRY, ...options };
  if (!Number.isInteger(policy.retries) || policy.retries < 0) throw new TypeError(`retry.retries must be a whole number ≥ 0, got ${policy.retries}.`);
  if (!(policy.baseDelayMs >= 0)) throw new TypeError(`retry.baseDelayMs must be ≥ 0, got ${policy.baseDelayMs}.`);
  if (!(policy.jitter >= 0 && policy.jitter < 1)) throw new TypeError(`retry.jitter must be in [0, 1), got ${policy.jitter}.`);
  return policy;
}

/**
 * The wait before retry number `retry` (0 for the first retry). A server-given delay is
 * honoured as a minimum (plus upward jitter so clients do not return in lockstep); otherwise
 * `baseDelayMs × 2^retry` spread by ±jitter. `random` answers in [0, 1).
 */
export function retryWait(retry: number, serverDelayMs: number | undefined, policy: RetryPolicy, random: () => number): number {
  if (serverDelayMs !== undefined) return Math.round(serverDelayMs * (1 + policy.jitter * random()));
  const base = policy.baseDelayMs * 2 ** retry;
  return Math.round(base * (1 - policy.jitter + 2 * policy.jitter * random()));
}
