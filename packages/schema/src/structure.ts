/**
 * The deepest nesting a body may have. Real request bodies nest about a dozen levels
 * (a responseSchema a few more); this bound keeps recursion in JSON.stringify, in repairs and
 * in downstream code safe from hostile bodies. It is this package's limit, not Google's.
 */
export const MAX_DEPTH = 256;

/** Up to this depth ancestors are compared one by one; deeper ones go in a Set. */
const SCAN_DEPTH = 16;

const CYCLE = "it contains a cycle (an object that contains itself), which JSON cannot express";
const TOO_DEEP = `it nests deeper than ${MAX_DEPTH} levels`;

/**
 * Walks `value` (at `depth`, below `ancestors`) for cycles and nesting past MAX_DEPTH.
 * Recursion is bounded by MAX_DEPTH, so a 100,000-deep body stops at level 256 without
 * exhausting the stack. Strings are never read, so their length does not matter.
 */
function walk(value: object, depth: number, ancestors: object[], deep: Set<object>): string | undefined {
  if (depth >= MAX_DEPTH) return TOO_DEEP;
  if (depth < SCAN_DEPTH) {
    for (let i = 0; i < depth; i++) if (ancestors[i] === value) return CYCLE;
    ancestors[depth] = value;
  } else {
    if (deep.has(value) || ancestors.includes(value)) return CYCLE;
    deep.add(value);
  }
  let problem: string | undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length && problem === undefined; i++) {
      const child: unknown = value[i];
      if (child !== null && typeof child === "object") problem = walk(child, depth + 1, ancestors, deep);
    }
  } else {
    for (const key in value) {
      if (!Object.hasOwn(value, key)) continue;
      const child: unknown = (value as Record<string, unknown>)[key];
      if (child !== null && typeof child === "object") problem = walk(child, depth + 1, ancestors, deep);
      if (problem !== undefined) break;
    }
  }
  // Only the current path counts: an object shared by two branches is not a cycle.
  if (depth >= SCAN_DEPTH) deep.delete(value);
  return problem;
}

/**
 * Why `body` cannot be treated as a JSON request body (not an object, a cycle, nesting past
 * MAX_DEPTH), or `undefined` when it can.
 */
export function structureProblem(body: unknown): string | undefined {
  if (body === null) return "it is null";
  if (Array.isArray(body)) return "it is an array, not an object";
  if (typeof body !== "object") {
    return typeof body === "string" ? "it is a string; parse the JSON text first" : `it is a ${typeof body}`;
  }
  return walk(body, 0, [], new Set());
}
