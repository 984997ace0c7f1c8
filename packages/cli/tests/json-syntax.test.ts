import { describe, expect, it } from "vitest";
import { excerpt, findJsonSyntaxError, lineAndColumn } from "../src/json-syntax.js";

const valid = [
  '{"contents":[{"parts":[{"text":"a \\"cat\\" \\u00e9\\n"}]}],"generationConfig":{"imageConfig":{"imageSize":"2K"}}}',
  '[1, -0.5e+3, true, false, null, {}, [], ""]',
  '\n  {\r\n "a" : [ 1 ,2 ] }\n',
];

describe("findJsonSyntaxError", () => {
  it("agrees with JSON.parse on every one-character deletion, insertion and swap of valid texts", () => {
    let checked = 0;
    for (const text of valid) {
      const variants = new Set<string>();
      for (let i = 0; i < text.length; i++) {
        variants.add(text.slice(0, i) + text.slice(i + 1));
        for (const extra of [",", "}", "]", '"', "'", "x", "\n", "\\"]) variants.add(text.slice(0, i) + extra + text.slice(i));
        variants.add(text.slice(0, i) + text[i + 1] + text[i] + text.slice(i + 2));
      }
      for (const variant of variants) {
        let parses = true;
        try {
          JSON.parse(variant);
        } catch {
          parses = false;
        }
        const error = findJsonSyntaxError(variant);
        expect(error === undefined, variant).toBe(parses);
        if (error) expect(error.offset).toBeLessThanOrEqual(variant.length);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it("says where and why, at the character to fix", () => {
    const text = '{\n  "contents": [],\n  "generationConfig": {"imageSize": "2K",}\n}';
    expect(findJsonSyntaxError(text)).toEqual({ offset: text.indexOf(",}"), line: 3, column: 41, reason: 'a comma before "}" (JSON has no trailing commas)' });
    expect(findJsonSyntaxError("{'a': 1}")?.reason).toBe("expected a property name in double quotes, found a single quote (JSON strings take double quotes)");
    expect(findJsonSyntaxError('{"a": 1 "b": 2}')).toMatchObject({ column: 9, reason: 'expected "," or "}" after a property value, found "\\""' });
    expect(findJsonSyntaxError('{"a": "x')).toMatchObject({ column: 7, reason: "this string is never closed" });
    expect(findJsonSyntaxError('{"a": 1}\n{"b": 2}')).toMatchObject({ line: 2, column: 1, reason: 'more text after the JSON value: "{"' });
    expect(findJsonSyntaxError('{"a":')).toMatchObject({ reason: "the text ends where a value should be" });
  });

  it("shows the line with a caret, cutting long lines around the column", () => {
    const text = `{"a": [${"1, ".repeat(60)}]}`;
    const error = findJsonSyntaxError(text)!;
    const [line, caret] = excerpt(text, error, 40);
    expect(line).toMatch(/^1 \| …/u);
    expect(line!.length).toBeLessThanOrEqual("1 | ".length + 42);
    expect(line!.slice(caret!.indexOf("^"), caret!.indexOf("^") + 1)).toBe(",");
    expect(lineAndColumn("ab\ncd", 4)).toEqual({ line: 2, column: 2 });
  });
});
