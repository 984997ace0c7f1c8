/** JSON pointers (RFC 6901): the `path` of every finding and fix. */

/** Escapes one key for a pointer: `~` → `~0`, `/` → `~1`. */
export function escapeKey(key: string | number): string {
  return String(key).replaceAll("~", "~0").replaceAll("/", "~1");
}

/** The pointer of `segments`: `["contents", 0]` → `/contents/0`. */
export function toPointer(segments: readonly (string | number)[]): string {
  let pointer = "";
  for (const segment of segments) pointer += `/${escapeKey(segment)}`;
  return pointer;
}

/** The keys of a pointer: `/generationConfig/image~1x` → `["generationConfig", "image/x"]`. */
export function parsePointer(pointer: string): string[] {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((segment) => segment.replaceAll("~1", "/").replaceAll("~0", "~"));
}

/** The value at `pointer` in `root`, or `undefined`. Reads own properties only. */
export function valueAt(root: unknown, pointer: string): unknown {
  let current = root;
  for (const key of parsePointer(pointer)) {
    if (current === null || typeof current !== "object" || !Object.hasOwn(current, key)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/**
 * A pointer as people write the path in code: `/contents/0/parts/1` → `contents[0].parts[1]`;
 * the empty pointer is "the request body".
 */
export function displayPath(pointer: string): string {
  if (pointer === "") return "the request body";
  let text = "";
  for (const key of parsePointer(pointer)) {
    if (/^\d+$/u.test(key)) text += `[${key}]`;
    else text += text === "" ? key : `.${key}`;
  }
  return text;
}
