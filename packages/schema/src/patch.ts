import type { FixOperation } from "./finding.js";
import { parsePointer } from "./json-pointer.js";

type Container = Record<string, unknown> | unknown[];

/** Thrown when an operation does not fit the body (a missing parent, a taken target). */
export class PatchConflict extends Error {
  override readonly name = "PatchConflict";
}

const isContainer = (value: unknown): value is Container => value !== null && typeof value === "object";

function copy(container: Container): Container {
  return Array.isArray(container) ? [...container] : { ...container };
}

/** Sets an own property, also for keys like `__proto__` that an assignment would treat specially. */
function setOwn(container: Container, key: string, value: unknown): void {
  if (Array.isArray(container)) {
    const index = key === "-" ? container.length : Number(key);
    if (!Number.isInteger(index) || index < 0 || index > container.length) throw new PatchConflict(`no index ${key}`);
    container.splice(index, 0, value);
    return;
  }
  Object.defineProperty(container, key, { value, writable: true, enumerable: true, configurable: true });
}

function has(container: Container, key: string): boolean {
  return Object.hasOwn(container, key);
}

/**
 * Applies `change` to the parent of `keys`, copying every container on the way down, so the
 * input is never modified and untouched branches (large base64 strings included) are shared.
 */
function updateParent(root: unknown, keys: readonly string[], change: (parent: Container, key: string) => void): unknown {
  if (keys.length === 0) throw new PatchConflict("an operation on the whole body");
  if (!isContainer(root)) throw new PatchConflict("the body is not an object");
  const top = copy(root);
  let parent = top;
  for (let i = 0; i < keys.length - 1; i++) {
    const key = keys[i]!;
    const child = has(parent, key) ? (parent as Record<string, unknown>)[key] : undefined;
    if (!isContainer(child)) throw new PatchConflict(`nothing at ${keys.slice(0, i + 1).join("/")}`);
    const childCopy = copy(child);
    setOwnReplacing(parent, key, childCopy);
    parent = childCopy;
  }
  change(parent, keys.at(-1)!);
  return top;
}

function setOwnReplacing(container: Container, key: string, value: unknown): void {
  if (Array.isArray(container)) container[Number(key)] = value;
  else Object.defineProperty(container, key, { value, writable: true, enumerable: true, configurable: true });
}

function read(root: unknown, keys: readonly string[]): unknown {
  let current = root;
  for (const key of keys) {
    if (!isContainer(current) || !has(current, key)) throw new PatchConflict(`nothing at /${keys.join("/")}`);
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/**
 * Applies JSON Patch operations and answers the new body; the input is untouched. Stricter
 * than RFC 6902 in one way: `add` refuses to overwrite an existing member, so a fix never
 * replaces something the user wrote.
 */
export function applyPatch(root: unknown, operations: readonly FixOperation[]): unknown {
  let result = root;
  for (const operation of operations) {
    const keys = parsePointer(operation.path);
    switch (operation.op) {
      case "add":
        result = updateParent(result, keys, (parent, key) => {
          if (!Array.isArray(parent) && has(parent, key)) throw new PatchConflict(`${operation.path} is already set`);
          setOwn(parent, key, operation.value);
        });
        break;
      case "replace":
        result = updateParent(result, keys, (parent, key) => {
          if (!has(parent, key)) throw new PatchConflict(`nothing at ${operation.path}`);
          setOwnReplacing(parent, key, operation.value);
        });
        break;
      case "remove":
        result = updateParent(result, keys, (parent, key) => {
          if (!has(parent, key)) throw new PatchConflict(`nothing at ${operation.path}`);
          if (Array.isArray(parent)) parent.splice(Number(key), 1);
          else delete parent[key];
        });
        break;
      case "move": {
        const value = read(result, parsePointer(operation.from));
        result = applyPatch(result, [
          { op: "remove", path: operation.from },
          { op: "add", path: operation.path, value },
        ]);
        break;
      }
    }
  }
  return result;
}
