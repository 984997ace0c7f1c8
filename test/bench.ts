/**
 * A small benchmark harness: our code against a baseline, measured side by side in one
 * process so machine load hits both alike. Results are ratios (`0.97x` = ours takes 97% of
 * the baseline's time); absolute times on a shared 2-core machine mean little.
 */

import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { SideReply, SideWorkerData } from "./bench-worker.js";

/** What `pnpm bench` hands every bench file's default export. */
export interface BenchOptions {
  /** `pnpm bench --corpus`: the corpus-sized runs (minutes each) instead of the default samples. */
  readonly corpus: boolean;
}

/** What {@link compare} measures. */
export interface CompareOptions {
  /** Shown in the result line. */
  readonly name: string;
  /** Our code; called `iterations` times per round. Its return value is kept so the work is not optimised away. */
  readonly ours: () => unknown;
  /** The same job done by something simpler or well known. */
  readonly baseline: () => unknown;
  /** Calls per round; by default enough for the faster side to take about 2 ms once warm. */
  readonly iterations?: number;
  /** Timed rounds (default 15); the result is the median round. */
  readonly rounds?: number;
  /** Untimed rounds of both sides first (default 3); one is enough for whole processes, which start cold each time. */
  readonly warmup?: number;
}

/** The outcome of {@link compare}. */
export interface RatioResult {
  readonly name: string;
  /** Median round of ours divided by median round of the baseline: below 1 means ours is faster. */
  readonly ratio: number;
  /** Median time of one round (`iterations` calls) of ours, in milliseconds. */
  readonly oursMs: number;
  /** Median time of one round of the baseline, in milliseconds. */
  readonly baselineMs: number;
  readonly iterations: number;
  readonly rounds: number;
  /** A 95% interval for the ratio, where the method gives one. */
  readonly interval?: readonly [number, number];
}

const WARMUP_MS = 50;
const WARMUP_ROUNDS = 3;
const FASTER_SIDE_MS = 2;
const SLOWER_SIDE_CAP_MS = 100;

// Written by every call so the JIT cannot drop the measured work as dead code.
let sink: unknown;

/**
 * Times `ours` and `baseline` in interleaved rounds: after warm-up rounds of both, each round
 * runs both (which goes first alternates between rounds), and the medians of the per-round
 * times give the ratio. Interleaving means a slow stretch of the machine costs both sides.
 */
export function compare(options: CompareOptions): RatioResult {
  const rounds = options.rounds ?? 15;
  if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`${options.name}: rounds must be a whole number >= 1.`);
  const iterations = options.iterations ?? calibrate(options.ours, options.baseline);
  if (!Number.isInteger(iterations) || iterations < 1) {
    throw new Error(`${options.name}: iterations must be a whole number >= 1.`);
  }

  for (let round = 0; round < (options.warmup ?? WARMUP_ROUNDS); round++) {
    time(options.ours, iterations);
    time(options.baseline, iterations);
  }
  const ours: number[] = [];
  const baseline: number[] = [];
  for (let round = 0; round < rounds; round++) {
    if (round % 2 === 0) {
      ours.push(time(options.ours, iterations));
      baseline.push(time(options.baseline, iterations));
    } else {
      baseline.push(time(options.baseline, iterations));
      ours.push(time(options.ours, iterations));
    }
  }
  return summarize(options.name, ours, baseline, iterations, rounds);
}

/** What {@link compareAsync} measures: asynchronous work such as an HTTP round trip. */
export interface CompareAsyncOptions {
  readonly name: string;
  readonly ours: () => Promise<unknown>;
  readonly baseline: () => Promise<unknown>;
  /** Sequential calls per round (default 20). */
  readonly iterations?: number;
  /** Timed rounds (default 15); the result is the median round. */
  readonly rounds?: number;
}

/** {@link compare} for async work: the same warm-up, interleaving and medians, calls awaited one at a time. */
export async function compareAsync(options: CompareAsyncOptions): Promise<RatioResult> {
  const rounds = options.rounds ?? 15;
  const iterations = options.iterations ?? 20;
  const timeAsync = async (fn: () => Promise<unknown>): Promise<number> => {
    const start = process.hrtime.bigint();
    for (let i = 0; i < iterations; i++) sink = await fn();
    return Number(process.hrtime.bigint() - start) / 1e6;
  };
  for (let round = 0; round < WARMUP_ROUNDS; round++) {
    await timeAsync(options.ours);
    await timeAsync(options.baseline);
  }
  const ours: number[] = [];
  const baseline: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const first = round % 2 === 0 ? options.ours : options.baseline;
    const second = first === options.ours ? options.baseline : options.ours;
    const a = await timeAsync(first);
    const b = await timeAsync(second);
    ours.push(first === options.ours ? a : b);
    baseline.push(first === options.ours ? b : a);
  }
  return summarize(options.name, ours, baseline, iterations, rounds);
}

/** One side of {@link compareEachInWorkers}: a module and the data that sets it up. */
export interface WorkerSide {
  /**
   * URL of a module (TypeScript is fine) whose default export takes `setup` and answers the
   * function to time, `(input) => unknown`, possibly asynchronously.
   */
  readonly module: URL;
  /** Handed to the module's default export; must survive structured cloning. */
  readonly setup?: unknown;
}

/** What {@link compareEachInWorkers} measures. */
export interface CompareInWorkersOptions<T> {
  readonly name: string;
  readonly items: readonly T[];
  readonly ours: WorkerSide;
  readonly baseline: WorkerSide;
  /**
   * What each side is given for an item, made in this thread before the item's runs (reading a
   * file, say), so the work is not timed and only one item's data is held at a time. By default
   * the item itself. Must survive structured cloning.
   */
  readonly input?: (item: T) => unknown;
  /** Back-to-back runs of both sides per item after one warm-up run each (default 4). */
  readonly pairs?: number;
}

/**
 * Paired comparison per item with each side in its own worker thread, so each has its own heap:
 * the garbage one side leaves is collected on its own time, never during the other side's run.
 * In one shared heap a side that allocates more hands part of its collection cost to the other,
 * and large items become noisy for both.
 *
 * Per item: one warm-up run of each side, then `pairs` back-to-back pairs in the order
 * AB BA BA AB… (see {@link oursGoesFirst}), so neither side is favoured by going first. An
 * item's time is the median of its runs; the ratio is the total of ours over the total of the
 * baseline, the quantity a target such as "at most 3% slower on the corpus" speaks of. The
 * interval is a 95% bootstrap over each item's runs (resampled with replacement, 200 times):
 * how far the noise within this run could have moved the ratio. It does not cover drift of the
 * machine between runs, which on a shared machine can be larger: repeat a run before trusting
 * a difference of a point or two.
 */
export async function compareEachInWorkers<T>(options: CompareInWorkersOptions<T>): Promise<RatioResult> {
  const pairs = options.pairs ?? 4;
  if (!Number.isInteger(pairs) || pairs < 1) throw new Error(`${options.name}: pairs must be a whole number >= 1.`);
  const ours = await SideThread.start(options.ours);
  const baseline = await SideThread.start(options.baseline).catch(async (error: unknown) => {
    await ours.stop();
    throw error;
  });
  try {
    const oursTimes: number[][] = [];
    const baselineTimes: number[][] = [];
    for (const [index, item] of options.items.entries()) {
      const input = options.input ? options.input(item) : item;
      // The warm-up goes in the first pair's order. A run straight after the other thread's is
      // slower than one after its own (caches); with the warm-up always ours first, the baseline
      // got one more run after itself every other item, and identical sides differed by 3%.
      const warmUp = oursGoesFirst(index, 0) ? [ours, baseline] : [baseline, ours];
      for (const side of warmUp) await side.run(input);
      const a: number[] = [];
      const b: number[] = [];
      for (let pair = 0; pair < pairs; pair++) {
        if (oursGoesFirst(index, pair)) {
          a.push(await ours.run(input));
          b.push(await baseline.run(input));
        } else {
          b.push(await baseline.run(input));
          a.push(await ours.run(input));
        }
      }
      oursTimes.push(a);
      baselineTimes.push(b);
    }
    const oursMs = sum(oursTimes.map(median));
    const baselineMs = sum(baselineTimes.map(median));
    return {
      name: options.name,
      ratio: oursMs / baselineMs,
      interval: bootstrapInterval(oursTimes, baselineTimes),
      oursMs,
      baselineMs,
      iterations: options.items.length,
      rounds: pairs,
    };
  } finally {
    await Promise.all([ours.stop(), baseline.stop()]);
  }
}

/**
 * Whether ours runs first in pair `pair` of item `index`: pairs go AB BA BA AB, repeating (each
 * side first in two of every four, so a drift during the item costs both alike), the other way
 * round on odd items.
 */
export function oursGoesFirst(index: number, pair: number): boolean {
  return ((pair + (pair >> 1)) % 2 === 0) !== (index % 2 === 1);
}

/** A worker thread running one side; one run at a time. */
class SideThread {
  private pending: { resolve: (ms: number) => void; reject: (error: Error) => void } | undefined;
  private failure: Error | undefined;

  private constructor(private readonly worker: Worker) {
    worker.on("message", (reply: SideReply) => {
      const pending = this.pending;
      this.pending = undefined;
      if ("ms" in reply) pending?.resolve(reply.ms);
      else if ("error" in reply) pending?.reject(new Error(reply.error));
    });
    const fail = (error: Error) => {
      this.failure = error;
      this.pending?.reject(error);
      this.pending = undefined;
    };
    worker.on("error", fail);
    worker.on("exit", (code) => fail(new Error(`the benchmark worker exited (code ${code})`)));
  }

  /** Starts the thread and waits until the side's module has built its runner. */
  static start(side: WorkerSide): Promise<SideThread> {
    // Node 20 worker threads do not take `--import tsx`; tsx's tsImport loads TypeScript in them.
    // The package's CommonJS entry cannot be required from an eval'd thread; its ESM twin can be imported.
    const tsx = pathToFileURL(createRequire(import.meta.url).resolve("tsx/esm/api").replace(/\.cjs$/u, ".mjs")).href;
    const data: SideWorkerData = { entry: new URL("./bench-worker.ts", import.meta.url).href, module: side.module.href, setup: side.setup };
    const boot = `
      const { workerData } = require("node:worker_threads");
      import(${JSON.stringify(tsx)})
        .then(({ tsImport }) => Promise.all([tsImport(workerData.entry, workerData.entry), tsImport(workerData.module, workerData.entry)]))
        .then(([{ serve }, side]) => serve(side.default));`;
    const worker = new Worker(boot, { eval: true, workerData: data });
    return new Promise((resolve, reject) => {
      const onMessage = (reply: SideReply) => {
        if (!("ready" in reply)) return;
        worker.off("error", onError);
        worker.off("message", onMessage);
        resolve(new SideThread(worker));
      };
      const onError = (error: Error) => {
        worker.off("message", onMessage);
        reject(new Error(`${side.module.href} could not start as a benchmark side: ${error.message}`));
      };
      worker.on("message", onMessage);
      worker.once("error", onError);
    });
  }

  /** Milliseconds the side took for one run of `input`, timed inside its thread. */
  run(input: unknown): Promise<number> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.pending = { resolve, reject };
      this.worker.postMessage(input);
    });
  }

  async stop(): Promise<void> {
    this.worker.removeAllListeners("exit");
    await this.worker.terminate();
  }
}

/** The 2.5th and 97.5th percentiles of the ratio over resamples of each item's runs. */
function bootstrapInterval(ours: readonly number[][], baseline: readonly number[][]): readonly [number, number] {
  const random = seededRandom(0x5eed);
  const pick = (times: readonly number[]) => median(times.map(() => times[Math.floor(random() * times.length)]!));
  const ratios: number[] = [];
  for (let sample = 0; sample < 200; sample++) {
    let a = 0;
    let b = 0;
    for (let item = 0; item < ours.length; item++) {
      a += pick(ours[item]!);
      b += pick(baseline[item]!);
    }
    ratios.push(a / b);
  }
  ratios.sort((x, y) => x - y);
  return [ratios[4]!, ratios[195]!];
}

/** A small deterministic generator (mulberry32), so a bench run's interval can be reproduced. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

function summarize(name: string, ours: readonly number[], baseline: readonly number[], iterations: number, rounds: number): RatioResult {
  const oursMs = median(ours);
  const baselineMs = median(baseline);
  return { name, ratio: oursMs / baselineMs, oursMs, baselineMs, iterations, rounds };
}

/** `name: 0.97x (ours vs baseline)`, then the median round times in parentheses. */
export function formatRatio(result: RatioResult): string {
  const ms = (value: number) => (value >= 10 ? value.toFixed(1) : value.toPrecision(3));
  const interval = result.interval ? ` [95% interval ${ratioText(result.interval[0])}–${ratioText(result.interval[1])}]` : "";
  return (
    `${result.name}: ${ratioText(result.ratio)}x${interval} (ours vs baseline) ` +
    `(ours ${ms(result.oursMs)} ms, baseline ${ms(result.baselineMs)} ms per round of ${result.iterations} runs)`
  );
}

/** Two decimals, three near 1 (where a target such as 1.03 is judged), two significant digits below 0.1. */
function ratioText(ratio: number): string {
  if (ratio < 0.1) return ratio.toPrecision(2);
  return Math.abs(ratio - 1) < 0.1 ? ratio.toFixed(3) : ratio.toFixed(2);
}

/** What {@link measureMemory} observed. */
export interface MemoryResult<T> {
  /** What `fn` returned (kept alive until the second reading). */
  readonly value: T;
  /** Growth of the V8 heap in use, in bytes. */
  readonly heapUsedBytes: number;
  /** Growth of memory held outside the V8 heap (Buffers, ArrayBuffers), in bytes. */
  readonly externalBytes: number;
  /** Growth of the process's resident set, in bytes. */
  readonly rssBytes: number;
}

/**
 * Memory retained by what `fn` returns, from `process.memoryUsage()` before and after.
 * Approximate only: a garbage collection during `fn` makes the numbers smaller, garbage not
 * yet collected makes them larger, and RSS moves in whole pages. Under `node --expose-gc` a
 * collection runs before each reading, which removes most of the garbage noise. Use it to
 * compare orders of magnitude, not bytes.
 */
export async function measureMemory<T>(fn: () => T | Promise<T>): Promise<MemoryResult<T>> {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const before = process.memoryUsage();
  const value = await fn();
  gc?.();
  const after = process.memoryUsage();
  return {
    value,
    heapUsedBytes: after.heapUsed - before.heapUsed,
    externalBytes: after.external - before.external,
    rssBytes: after.rss - before.rss,
  };
}

/** Milliseconds for `iterations` calls of `fn`. */
function time(fn: () => unknown, iterations: number): number {
  const start = process.hrtime.bigint();
  for (let i = 0; i < iterations; i++) sink = fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/**
 * Runs both sides until the JIT has seen them (WARMUP_MS), then picks the call count at which
 * the faster side takes FASTER_SIDE_MS per round, unless the slower side would pass
 * SLOWER_SIDE_CAP_MS (the run must stay short when one side is far slower).
 */
function calibrate(ours: () => unknown, baseline: () => unknown): number {
  let spent = 0;
  let calls = 0;
  while (spent < WARMUP_MS && calls < 1 << 20) {
    spent += time(ours, 1) + time(baseline, 1);
    calls++;
  }
  let iterations = 1;
  let oursMs = time(ours, 1);
  let baselineMs = time(baseline, 1);
  while (Math.min(oursMs, baselineMs) < FASTER_SIDE_MS && Math.max(oursMs, baselineMs) * 2 <= SLOWER_SIDE_CAP_MS) {
    iterations *= 2;
    oursMs = time(ours, iterations);
    baselineMs = time(baseline, iterations);
  }
  return iterations;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Reads the sink so linters and bundlers see it used; returns the last value a measured call gave. */
export function lastValue(): unknown {
  return sink;
}
