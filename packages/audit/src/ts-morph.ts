import { createRequire } from "node:module";
import type * as TsMorph from "ts-morph";

let loaded: typeof TsMorph | undefined;

/**
 * ts-morph, loaded on first use. It carries its own TypeScript, which takes a second or more
 * to load: an audit with `types: false`, or of files that hold no request, never loads it.
 */
export function tsMorph(): typeof TsMorph {
  loaded ??= createRequire(import.meta.url)("ts-morph") as typeof TsMorph;
  return loaded;
}

/** ts-morph's `Node` type. */
export type Node = TsMorph.Node;

/** ts-morph's `Node` guards (`Node.isCallExpression`, …), loading ts-morph on first use. */
export const Node: typeof TsMorph.Node = new Proxy({} as typeof TsMorph.Node, {
  get(_, key) {
    const real = tsMorph().Node;
    const value: unknown = Reflect.get(real, key);
    return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(real) : value;
  },
});
