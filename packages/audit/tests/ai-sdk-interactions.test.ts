import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { audit } from "../src/index.ts";

const DIR = fileURLToPath(new URL("./fixtures/ai-sdk-interactions/", import.meta.url));

/** The AI SDK's `google.interactions(id)` model: an AI SDK call whose settings are Interactions settings, camelCase. */
describe("audit of the AI SDK's google.interactions calls", () => {
  const report = audit({ paths: [DIR], cwd: DIR, types: false });

  it("reads model, size and ratio from the responseFormat image entry (or imageConfig), with pixels and price", () => {
    expect(report.calls.map((c) => [c.line, c.api, c.method, c.model.id, c.imageSize, c.aspectRatio])).toEqual([
      [5, "ai-sdk", "generateText", "gemini-3-pro-image", "2K", "16:9"],
      [14, "ai-sdk", "streamText", "gemini-3.1-flash-lite-image", "2K", undefined],
    ]);
    expect(report.calls[0]).toMatchObject({ pixels: { width: 2752, height: 1536 }, usdPerImage: 0.134, findings: [], evidence: 'an image entry in responseFormat (or "image" in responseModalities)' });
    expect(report.calls[1]!.evidence).toBe("an imageConfig");
  });

  it("reports an imageSize the model does not take in the code's own camelCase spelling", () => {
    const lite = report.calls[1]!;
    expect(lite.findings.map((f) => `${f.severity} ${f.id}`)).toEqual(["error invalid-image-size"]);
    expect(lite.findings[0]!.message).toContain('`imageSize: "2K"`');
    expect(lite.usdPerImage).toBeUndefined();
  });
});
