/**
 * The deepest nesting a body may have. Real request bodies nest about a dozen levels
 * (a responseSchema a few more); this bound keeps recursion in JSON.stringify, in repairs and
 * in downstream code safe from hostile bodies. It is this package's limit, not Google's.
 */
export const MAX_DEPTH = 256;

/**
 * Why `body` cannot be treated as a JSON request body (not an object, a cycle, nesting past
 * MAX_DEPTH), or `undefined` when it can. Walks iteratively, so a 100,000-deep body costs no
 * stack; strings are never read, so their length does not matter.
 */
export function structureProblem(body: unknown): string | undefined {
  if (body === null) return "it is null";
  if (Array.isArray(body)) return "it is an array, not an object";
  if (typeof body !== "object") {
    return typeof body === "string" ? "it is a string; parse the JSON text first" : `it is a ${typeof body}`;
  }
  // Objects on the current path: meeting one again is a cycle. A shared (non-cyclic)
  // sub-object is fine: JSON.stringify writes it twice.
  const onPath = new Set<object>();
  const stack: { value: object; keys: string[]; next: number }[] = [];
  const enter = (value: object): string | undefined => {
    if (onPath.has(value)) return "it contains a cycle (an object that contains itself), which JSON cannot express";
    if (stack.length >= MAX_DEPTH) return `it nests deeper than ${MAX_DEPTH} levels`;
    onPath.add(value);
    stack.push({ value, keys: Object.keys(value), next: 0 });
    return undefined;
  };
  const first = enter(body);
  if (first) return first;
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    if (frame.next >= frame.keys.length) {
      onPath.delete(frame.value);
      stack.pop();
      continue;
    }
    const child = (frame.value as Record<string, unknown>)[frame.keys[frame.next++]!];
    if (child !== null && typeof child === "object") {
      const problem = enter(child);
      if (problem) return problem;
    }
  }
  return undefined;
}
