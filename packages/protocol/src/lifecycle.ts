import { MODELS, type ModelId } from "./models.js";

/**
 * Where a model stands on a given day:
 * - `active`: usable, no shutdown announced;
 * - `deprecated`: usable, but a shutdown is announced (or its "earliest" date has passed);
 * - `shut-down`: Google has switched it off, or its exact shutdown date has passed.
 */
export type Lifecycle = "active" | "deprecated" | "shut-down";

/** ISO day (`YYYY-MM-DD`) of a Date, in UTC. */
function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * The lifecycle of `id` on `on` (default: today). Only an exact shutdown date turns a model
 * `shut-down` by itself; an "earliest" date keeps it `deprecated` until Google confirms.
 */
export function modelLifecycle(id: ModelId, on: Date = new Date()): Lifecycle {
  const { status } = MODELS[id];
  if (status.stage === "shut-down") return "shut-down";
  if (!status.shutdown) return "active";
  if (status.shutdown.exact && status.shutdown.date <= isoDay(on)) return "shut-down";
  return "deprecated";
}
