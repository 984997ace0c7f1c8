import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { audit } from "../src/index.ts";

const DIR = fileURLToPath(new URL("./fixtures/interactions/", import.meta.url));

describe("audit of Interactions API calls", () => {
  const report = audit({ paths: [DIR], cwd: DIR, types: false });

  it("lists each image interaction with its model, size, pixels and price", () => {
    expect(report.calls.map((c) => [c.line, c.api, c.method, c.model.id, c.imageSize, c.aspectRatio])).toEqual([
      [7, "interactions", "interactions.create", "gemini-3-pro-image", "2K", "16:9"],
      [16, "interactions", "interactions.create", "gemini-3.1-flash-lite-image", "2K", undefined],
      [24, "interactions", "interactions.create", "gemini-3-pro-image", "4K", "3:2"],
      [33, "interactions", "fetch", "gemini-3.1-flash-image", undefined, "9:16"],
    ]);
    const [banner] = report.calls;
    expect(banner).toMatchObject({ pixels: { width: 2752, height: 1536 }, usdPerImage: 0.134, findings: [], evidence: 'an image entry in response_format (or "image" in response_modalities)' });
    expect(report.calls[2]!.evidence).toBe('an image entry in response_format (or "image" in response_modalities)');
  });

  it("reports an image_size the model does not take, in the Interactions spelling, and prices nothing for it", () => {
    const lite = report.calls[1]!;
    expect(lite.findings.map((f) => `${f.severity} ${f.id}`)).toEqual(["error invalid-image-size"]);
    expect(lite.findings[0]!.message).toContain('`image_size: "2K"`');
    expect(lite.usdPerImage).toBeUndefined();
  });

  it("lists the same calls with the type checker on", () => {
    const typed = audit({ paths: [DIR], cwd: DIR });
    expect(typed.calls.map((c) => [c.line, c.imageSize, c.usdPerImage])).toEqual(report.calls.map((c) => [c.line, c.imageSize, c.usdPerImage]));
  });

  it("counts a text interaction as not an image request", () => {
    expect(report.summary).toMatchObject({ notImage: 1 });
  });
});
