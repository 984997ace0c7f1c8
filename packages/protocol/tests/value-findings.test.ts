import { describe, expect, it } from "vitest";
import { MODELS, aspectRatioFinding, candidateCountFinding, imageSizeFinding, modelFindings, reachesGoogle, resolveModel } from "../src/index.ts";

describe("value findings shared by the ESLint rules and the audit", () => {
  it("imageSize: accepts the model's values, fixes a case slip, reports values no model takes when the model is unknown", () => {
    expect(imageSizeFinding("2K", MODELS["gemini-3-pro-image"])).toBeUndefined();
    expect(imageSizeFinding("1k", MODELS["gemini-3-pro-image"])).toMatchObject({ id: "invalid-image-size", severity: "error", fix: "1K" });
    expect(imageSizeFinding("512", MODELS["gemini-3-pro-image"])).toMatchObject({ fix: undefined });
    expect(imageSizeFinding("512", undefined)).toBeUndefined();
    expect(imageSizeFinding(1024, undefined)?.message).toContain("`imageSize: 1024`");
    // 2.5 Flash Image takes no imageSize: reported without a fix, the size asked for is lost either way.
    expect(imageSizeFinding("1K", MODELS["gemini-2.5-flash-image"])).toMatchObject({ fix: undefined });
  });

  it("aspectRatio: fixes a separator slip only onto a ratio the model takes", () => {
    expect(aspectRatioFinding("16x9", MODELS["gemini-3-pro-image"])).toMatchObject({ id: "invalid-aspect-ratio", fix: "16:9" });
    expect(aspectRatioFinding("8:1", MODELS["gemini-3-pro-image"])).toMatchObject({ fix: undefined });
    expect(aspectRatioFinding("8:1", MODELS["gemini-3.1-flash-image"])).toBeUndefined();
  });

  it("candidateCount above the model's limit", () => {
    expect(candidateCountFinding(2, MODELS["gemini-3-pro-image"])?.id).toBe("candidate-count");
    expect(candidateCountFinding(1, MODELS["gemini-3-pro-image"])).toBeUndefined();
  });

  it("model names: typos and aliases get a rename; aliases only when the request reaches Google", () => {
    expect(modelFindings(resolveModel("gemini-3-pro-imag"), undefined, { toGoogle: true })).toMatchObject([
      { id: "unknown-model", rename: { from: "gemini-3-pro-imag", to: "gemini-3-pro-image" } },
    ]);
    expect(modelFindings(resolveModel("gemini-2.5-flash"), undefined, { toGoogle: true })).toEqual([]);
    const alias = resolveModel("nano-banana-pro");
    expect(modelFindings(alias, "active", { toGoogle: true }).map((f) => f.id)).toEqual(["model-alias"]);
    expect(modelFindings(alias, "active", { toGoogle: false })).toEqual([]);
    expect(reachesGoogle("https://openrouter.ai/api/v1/models/x:generateContent", false)).toBe(false);
    expect(reachesGoogle("https://generativelanguage.googleapis.com/v1beta/models/x:generateContent", false)).toBe(true);
    expect(reachesGoogle("https://europe-west4-aiplatform.googleapis.com/v1/projects/p/locations/europe-west4/publishers/google/models/x:generateContent", false)).toBe(true);
    expect(modelFindings(resolveModel("gemini-3-pro-image-preview"), "shut-down", { toGoogle: true })).toMatchObject([
      { id: "retired-model", rename: { to: "gemini-3-pro-image" } },
    ]);
  });

  it("an unknown id that says image: reported without a rename where it reaches Google, never for listed ids", () => {
    const old = resolveModel("gemini-2.0-flash-preview-image-generation");
    expect(modelFindings(old, undefined, { toGoogle: true })).toMatchObject([{ id: "unknown-model", rename: undefined }]);
    expect(modelFindings(old, undefined, { toGoogle: false })).toEqual([]);
    // Real ids: the SDK-listed ones without published capabilities, and every id the facts page names.
    expect(modelFindings(resolveModel("gemini-nano-banana-2.1"), undefined, { toGoogle: true })).toEqual([]);
    expect(modelFindings(resolveModel("nano-banana-pro-preview"), undefined, { toGoogle: true })).toEqual([]);
    for (const id of ["gemini-2.5-flash-image", "gemini-3-pro-image", "gemini-3.1-flash-image", "gemini-3.1-flash-lite-image"]) {
      expect(modelFindings(resolveModel(id), "active", { toGoogle: true }), id).toEqual([]);
    }
    // A name that does not say image may be any model: nothing (text, speech, Imagen).
    for (const id of ["gemini-2.0-flash-exp", "gemini-3.8-flash-tts", "imagen-4.0-generate-001"]) {
      expect(modelFindings(resolveModel(id), undefined, { toGoogle: true }), id).toEqual([]);
    }
  });
});
