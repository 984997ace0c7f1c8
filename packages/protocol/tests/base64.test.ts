import { describe, expect, it } from "vitest";
import { isBase64 } from "../src/index.js";

describe("isBase64: bytes as proto3 JSON reads them", () => {
  it("accepts standard and URL-safe base64, with or without padding", () => {
    for (const value of ["iVBORw0KGgo=", "iVBORw0KGgo", "ab-_", "", "YQ=="]) expect(isBase64(value), value).toBe(true);
  });

  it("refuses a data: URL, a URL, text, a length no encoding produces, and non-strings", () => {
    for (const value of ["data:image/png;base64,iVBORw0KGgo=", "https://example.com/a.png", "a cat", "abcde", "YQ=", 42, undefined]) {
      expect(isBase64(value), String(value)).toBe(false);
    }
  });
});
