/** Time, injectable so tests can run backoff schedules without waiting. */
export interface Clock {
  /** Milliseconds since some fixed point. */
  now(): number;
  /** Resolves after `ms`; rejects with the signal's reason as soon as `signal` aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

/** The real clock: `Date.now` and `setTimeout` (so vitest's fake timers drive it too). */
export const systemClock: Clock = {
  now: () => Date.now(),
  sleep(ms, signal) {
    return new Promise<void>((resolve, reject) => {
      if (signal?.aborted) {
        reject(signal.reason);
        return;
      }
      const onAbort = (): void => {
        clearTimeout(timer);
        reject(signal!.reason);
      };
      const timer = setTimeout(() => {
        signal?.removeEventListener("abort", onAbort);
        resolve();
      }, ms);
      signal?.addEventListener("abort", onAbort, { once: true });
    });
  },
};

/** A clock for tests: it records every wait it is asked for. */
export interface RecordingClock extends Clock {
  /** The waits asked for, in milliseconds, in order. */
  readonly waits: readonly number[];
}

/**
 * A clock for tests of code that uses the client: `sleep` returns at once (still honouring an
 * aborted signal), records the wait and moves `now` forward by it, so a retry schedule runs
 * instantly and can be asserted.
 */
export function recordingClock(start = 0): RecordingClock {
  let now = start;
  const waits: number[] = [];
  return {
    waits,
    now: () => now,
    async sleep(ms, signal) {
      signal?.throwIfAborted();
      waits.push(ms);
      now += ms;
    },
  };
}
