/**
 * Checks the protocol's `SDK_PART_HELPERS` against the installed `@google/genai`: each helper,
 * called for real, builds the part the table says, with the MIME type from the argument the
 * table names, and the SDK turns a plain string into a text part.
 */
import * as genai from "@google/genai";
import { describe, expect, it } from "vitest";
import { SDK_PART_HELPERS } from "@gemini-image/protocol";

describe("SDK_PART_HELPERS", () => {
  it.each(Object.entries(SDK_PART_HELPERS))("%s builds the part the table says", (name, helper) => {
    const make = (genai as unknown as Record<string, (...args: string[]) => Record<string, unknown>>)[name];
    expect(typeof make, `@google/genai exports ${name}`).toBe("function");
    const args = ["first", "second"];
    if (helper.mimeArgument !== undefined) args[helper.mimeArgument] = "image/webp";
    const part = make!(...args);
    expect(Object.keys(part)).toEqual([helper.part]);
    if (helper.mimeArgument !== undefined) expect((part[helper.part] as { mimeType: string }).mimeType).toBe("image/webp");
  });

  it("covers every createPartFrom helper that makes a text, file or inline part", () => {
    const helpers = Object.keys(genai).filter((name) => /^createPartFrom(?:Text|Uri|Base64)$/u.test(name));
    expect(helpers.sort()).toEqual(Object.keys(SDK_PART_HELPERS).sort());
  });

  it("a plain string in contents becomes a text part", () => {
    expect(genai.createUserContent(["a lighthouse"]).parts).toEqual([{ text: "a lighthouse" }]);
  });
});
