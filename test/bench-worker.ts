/**
 * The thread one side of {@link compareEachInWorkers} runs in: it builds the side's runner from
 * its setup data, then times one run per message. Timing here, not in the parent, leaves the
 * message passing out of the figure.
 */
import { parentPort, workerData } from "node:worker_threads";

/** What the parent passes when it starts the thread. */
export interface SideWorkerData {
  /** URL of this file, loaded through tsx in the thread. */
  readonly entry: string;
  /** URL of a module whose default export turns `setup` into a runner. */
  readonly module: string;
  readonly setup: unknown;
}

/** A message back to the parent: a time, or why the run failed, or that the side is built. */
export type SideReply = { readonly ms: number } | { readonly error: string } | { readonly ready: true };

/** The default export of a side's module. */
export type SideFactory = (setup: unknown) => ((input: unknown) => unknown) | Promise<(input: unknown) => unknown>;

// Written by every run so the JIT cannot drop the measured work.
let sink: unknown;

/** Builds the side, answers `ready`, then runs and times each input the parent posts. */
export async function serve(factory: unknown): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error("bench-worker.ts serves a worker thread started by compareEachInWorkers.");
  const { module, setup } = workerData as SideWorkerData;
  if (typeof factory !== "function") throw new Error(`${module} must default-export a function that answers a runner.`);
  const run = await (factory as SideFactory)(setup);
  port.on("message", async (input: unknown) => {
    try {
      const start = process.hrtime.bigint();
      sink = await run(input);
      port.postMessage({ ms: Number(process.hrtime.bigint() - start) / 1e6 } satisfies SideReply);
    } catch (error) {
      port.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies SideReply);
    }
  });
  port.postMessage({ ready: true } satisfies SideReply);
}

/** The value the last run answered. */
export const lastResult = (): unknown => sink;
