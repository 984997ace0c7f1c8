/** Where and why a text is not JSON. */
export interface JsonSyntaxError {
  /** 0-based offset into the text, in UTF-16 code units. */
  readonly offset: number;
  /** 1-based. */
  readonly line: number;
  /** 1-based, counted in characters of its line. */
  readonly column: number;
  /** What is wrong there, as words: `expected "," or "}" after a property value`. */
  readonly reason: string;
}

class Failure {
  constructor(
    readonly offset: number,
    readonly reason: string,
  ) {}
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const HEX4 = /[0-9a-fA-F]{4}/y;

/** Names a character for a message: `"}"`, `a single quote`, `the end of the text`. */
function what(text: string, offset: number): string {
  if (offset >= text.length) return "the end of the text";
  const char = text[offset]!;
  if (char === "'") return "a single quote (JSON strings take double quotes)";
  if (char === "\n" || char === "\r") return "a line break";
  return JSON.stringify(char);
}

/**
 * The first place `text` breaks JSON's grammar (RFC 8259), found by a scanner of its own:
 * Node's `JSON.parse` messages give a position for some mistakes and none for others
 * (`Unexpected token '}', "{"a":}" is not valid JSON`), and never a line. `undefined` when the
 * text is JSON, or nests too deep to scan.
 */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  let i = 0;
  const fail = (reason: string, at = i): never => {
    throw new Failure(at, reason);
  };
  const space = (): void => {
    while (i < text.length && (text[i] === " " || text[i] === "\t" || text[i] === "\n" || text[i] === "\r")) i++;
  };
  const string = (): void => {
    const start = i;
    i++; // the opening quote
    for (;;) {
      if (i >= text.length) fail("this string is never closed", start);
      const code = text.charCodeAt(i);
      if (code === 0x22) {
        i++;
        return;
      }
      if (code < 0x20) fail("a line break or control character inside a string (write \\n)");
      if (code === 0x5c) {
        const escape = text[i + 1];
        if (escape === "u") {
          HEX4.lastIndex = i + 2;
          if (!HEX4.test(text)) fail("\\u must be followed by four hex digits");
          i += 6;
        } else if (escape !== undefined && '"\\/bfnrt'.includes(escape)) i += 2;
        else fail(`${escape === undefined ? "a lone \\" : `\\${escape}`} is not a JSON escape`);
      } else i++;
    }
  };
  const value = (): void => {
    space();
    const char = text[i];
    if (char === "{") return object();
    if (char === "[") return array();
    if (char === '"') return string();
    for (const literal of ["true", "false", "null"]) {
      if (text.startsWith(literal, i)) {
        i += literal.length;
        return;
      }
    }
    NUMBER.lastIndex = i;
    if ((char === "-" || (char !== undefined && char >= "0" && char <= "9")) && NUMBER.test(text)) {
      i = NUMBER.lastIndex;
      return;
    }
    fail(i >= text.length ? "the text ends where a value should be" : `expected a value, found ${what(text, i)}`);
  };
  /** An object's or array's elements between `{`/`[` and `close`, commas between them. */
  const container = (close: "}" | "]", element: () => void, after: string): void => {
    i++;
    space();
    if (text[i] === close) {
      i++;
      return;
    }
    for (let comma = -1; ; comma = i++) {
      space();
      if (text[i] === close && comma >= 0) fail(`a comma before "${close}" (JSON has no trailing commas)`, comma);
      element();
      space();
      if (text[i] === close) {
        i++;
        return;
      }
      if (text[i] !== ",") fail(`expected "," or "${close}" after ${after}, found ${what(text, i)}`);
    }
  };
  const property = (): void => {
    if (text[i] !== '"') fail(`expected a property name in double quotes, found ${what(text, i)}`);
    string();
    space();
    if (text[i] !== ":") fail(`expected ":" after the property name, found ${what(text, i)}`);
    i++;
    value();
  };
  function object(): void {
    container("}", property, "a property value");
  }
  function array(): void {
    container("]", value, "an array element");
  }

  try {
    // A byte order mark is not JSON, but editors write one and Node's readers keep it.
    if (text.charCodeAt(0) === 0xfeff) i = 1;
    value();
    space();
    if (i < text.length) fail(`more text after the JSON value: ${what(text, i)}`);
    return undefined;
  } catch (error) {
    if (!(error instanceof Failure)) return undefined; // nesting too deep for the stack
    return { offset: error.offset, ...lineAndColumn(text, error.offset), reason: error.reason };
  }
}

/** The 1-based line and column of `offset`. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let at = text.indexOf("\n"); at !== -1 && at < offset; at = text.indexOf("\n", at + 1)) {
    line++;
    lineStart = at + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * The line holding the error and a caret under its column, each prefixed with the line
 * number: what a compiler shows. Long lines are cut to `width` characters around the column.
 */
export function excerpt(text: string, error: JsonSyntaxError, width = 72): string[] {
  const lineStart = error.offset - (error.column - 1);
  const end = text.indexOf("\n", lineStart);
  let line = text.slice(lineStart, end === -1 ? undefined : end).replace(/\r$/u, "");
  let caret = error.column - 1;
  if (line.length > width) {
    const from = Math.max(0, Math.min(caret - Math.floor(width / 2), line.length - width));
    line = `${from > 0 ? "…" : ""}${line.slice(from, from + width)}${from + width < line.length ? "…" : ""}`;
    caret = caret - from + (from > 0 ? 1 : 0);
  }
  const gutter = String(error.line);
  return [`${gutter} | ${line.replace(/\t/gu, " ")}`, `${" ".repeat(gutter.length)} | ${" ".repeat(caret)}^`];
}
