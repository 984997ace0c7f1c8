import { describe, expect, it } from "vitest";
import { REDACTED, checkBodyText, redactHarText } from "../src/body-check.js";
import { diffLines } from "../src/diff.js";

const KEY = "AIzaSyPLAYGROUNDTESTKEY0000000000000000";

const har = (url: string, body: unknown) =>
  JSON.stringify({
    log: {
      entries: [
        {
          request: {
            method: "POST",
            url,
            headers: [{ name: "x-goog-api-key", value: KEY }],
            postData: { mimeType: "application/json", text: JSON.stringify(body) },
          },
        },
      ],
    },
  });

describe("checkBodyText", () => {
  it("repairs an OpenAI size for the picked model and prices the repaired body", () => {
    const report = checkBodyText(JSON.stringify({ contents: [{ parts: [{ text: "a cat" }] }], size: "1792x1024" }), "gemini-3-pro-image");
    const [body] = report.bodies;
    expect(body!.findings.map((f) => [f.code, f.path])).toContainEqual(["openai-size", "/size"]);
    const repaired = JSON.parse(body!.after);
    expect(repaired.size).toBeUndefined();
    expect(repaired.generationConfig.imageConfig).toEqual({ imageSize: "2K", aspectRatio: "16:9" });
    expect(body!.output).toMatchObject({ model: "gemini-3-pro-image", pixels: { width: 2752, height: 1536 } });
  });

  it("reads a HAR: the model from the URL, the key never in what is shown", () => {
    const url = `https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash-image:generateContent?key=${KEY}`;
    const report = checkBodyText(har(url, { contents: [{ parts: [{ text: "x" }] }], size: "1024x1024" }), "");
    expect(report.error).toBeUndefined();
    expect(report.bodies).toHaveLength(1);
    expect(JSON.stringify(report)).not.toContain(KEY);
    expect(report.bodies[0]!.label).toContain("models/gemini-2.5-flash-image:generateContent");
    expect(report.bodies[0]!.findings.map((f) => f.code)).toContain("openai-size");
    // The pick is empty: the pixels can only come from the model in the URL.
    expect(report.bodies[0]!.output).toMatchObject({ model: "gemini-2.5-flash-image", pixels: { width: 1024, height: 1024 } });
  });

  it("says where text that is not JSON fails", () => {
    expect(checkBodyText("{ size: 1 }", "").error).toMatch(/^Not JSON/u);
  });
});

describe("redactHarText", () => {
  it("replaces the key in the URL, the query list and the headers, and leaves other headers", () => {
    const text = JSON.stringify({
      log: {
        entries: [
          {
            request: {
              method: "POST",
              url: `https://generativelanguage.googleapis.com/v1beta/models/gemini-3-pro-image:generateContent?alt=sse&key=${KEY}`,
              queryString: [{ name: "key", value: KEY }, { name: "alt", value: "sse" }],
              headers: [{ name: "X-Goog-Api-Key", value: KEY }, { name: "Authorization", value: `Bearer ${KEY}` }, { name: "content-type", value: "application/json" }],
            },
          },
        ],
      },
    });
    const redacted = redactHarText(text)!;
    expect(redacted.includes(KEY)).toBe(false);
    const request = JSON.parse(redacted).log.entries[0].request;
    expect(request.url).toMatch(/:generateContent\?alt=sse$/u);
    expect(request.headers.map((h: { value: string }) => h.value)).toEqual([REDACTED, REDACTED, "application/json"]);
    expect(request.queryString[1].value).toBe("sse");
    // Nothing left to remove: the text stays as it is.
    expect(redactHarText(redacted)).toBeUndefined();
  });

  it("leaves a plain body alone", () => {
    expect(redactHarText('{"contents":[],"key":"x"}')).toBeUndefined();
  });
});

describe("diffLines", () => {
  it("keeps common lines and marks the rest", () => {
    expect(diffLines("a\nb\nc", "a\nc\nd")).toEqual([
      { kind: "same", text: "a" },
      { kind: "del", text: "b" },
      { kind: "same", text: "c" },
      { kind: "add", text: "d" },
    ]);
  });
});
