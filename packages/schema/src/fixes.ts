import type { FixOperation } from "./finding.js";
import { parsePointer, toPointer, valueAt } from "./json-pointer.js";

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === "object" && !Array.isArray(value);

/**
 * Operations that put `value` at `pointer`, adding missing parent objects as one nested
 * value. `undefined` when something that is not an object is in the way, or the target
 * already holds a value (a fix never overwrites what the user wrote).
 */
export function addAt(body: unknown, pointer: string, value: unknown): FixOperation[] | undefined {
  const keys = parsePointer(pointer);
  let current: unknown = body;
  for (let i = 0; i < keys.length; i++) {
    if (!isObject(current)) return undefined;
    const key = keys[i]!;
    if (!Object.hasOwn(current, key)) {
      let nested = value;
      for (let j = keys.length - 1; j > i; j--) nested = { [keys[j]!]: nested };
      return [{ op: "add", path: toPointer(keys.slice(0, i + 1)), value: nested }];
    }
    current = current[key];
  }
  return undefined;
}

/** Operations that move the value at `from` to `to`, adding missing parents; `undefined` when blocked. */
export function moveTo(body: unknown, from: string, to: string): FixOperation[] | undefined {
  const keys = parsePointer(to);
  const parent = toPointer(keys.slice(0, -1));
  if (isObject(valueAt(body, parent))) {
    return valueAt(body, to) === undefined ? [{ op: "move", from, path: to }] : undefined;
  }
  const makeParent = addAt(body, parent, {});
  return makeParent ? [...makeParent, { op: "move", from, path: to }] : undefined;
}
