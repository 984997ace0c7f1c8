import { describe, expect, it } from "vitest";
import {
  classifyBody,
  classifyEvidence,
  modalitiesEvidence,
  modalityOf,
  modalityProblems,
  modelOutput,
  type Evidence,
} from "../src/index.js";

const kinds = (evidence: readonly Evidence[]): string[] => evidence.map((e) => e.kind);
const prompt = { contents: [{ parts: [{ text: "a red bicycle" }] }] };

describe("modelOutput", () => {
  it("knows image models in every form, and aliases", () => {
    for (const text of ["gemini-3-pro-image", "models/gemini-3.1-flash-image", "google/gemini-2.5-flash-image", "nano-banana-pro"]) {
      expect(modelOutput(text), text).toBe("image-model");
    }
    expect(modelOutput("https://generativelanguage.googleapis.com/v1beta/models/gemini-3-pro-image:generateContent")).toBe("image-model");
  });

  it("takes unknown ids whose name says image, and typos of known ids, for image models", () => {
    for (const text of [
      "gemini-2.0-flash-preview-image-generation",
      "gemini-2.0-flash-exp-image-generation",
      "gemini-nano-banana-2.1",
      "nano-banana-pro-preview",
      "gemini-3-pro-imag",
      // Another vendor's image model sent through a gateway still asks for an image.
      "gpt-image-1",
    ]) {
      expect(modelOutput(text), text).toBe("image-named");
    }
  });

  it("takes other Gemini ids for text models, and says nothing of other names", () => {
    for (const text of ["gemini-2.5-flash", "gemini-1.5-flash", "models/gemini-2.5-pro", "gemini-2.0-flash-exp", "gemini-embedding-001"]) {
      expect(modelOutput(text), text).toBe("text-model");
    }
    // "imagen" is not the word "image"; gateways' own names and other families say nothing.
    for (const text of ["imagen-4.0-generate-001", "my-model", "", "llama-3"]) expect(modelOutput(text), text).toBe("unknown");
  });
});

describe("modalities", () => {
  it("reads a modality in any case", () => {
    expect(["IMAGE", "image", "Image", " image "].map(modalityOf)).toEqual(["IMAGE", "IMAGE", "IMAGE", "IMAGE"]);
    expect(modalityOf("PICTURE")).toBeUndefined();
  });

  it("gives evidence for IMAGE, against a known list without it, and nothing when an element is unknown", () => {
    expect(modalitiesEvidence(["Text", "Image"])?.kind).toBe("image-modality");
    expect(modalitiesEvidence([undefined, "IMAGE"])?.kind).toBe("image-modality");
    expect(modalitiesEvidence(["TEXT"])?.kind).toBe("text-only-modalities");
    expect(modalitiesEvidence(["TEXT", undefined])).toBeUndefined();
  });
});

describe("classifyEvidence", () => {
  it("decides image on IMAGE, an image-only API or an image model, and keeps evidence against as conflicts", () => {
    for (const kind of ["image-modality", "image-api", "image-model", "image-named-model"] as const) {
      expect(classifyEvidence([{ kind }, { kind: "text-model" }]).verdict, kind).toBe("image");
    }
    const conflict = classifyEvidence([{ kind: "image-model" }, { kind: "text-only-modalities" }]);
    expect(conflict.verdict).toBe("image");
    expect(kinds(conflict.conflicts)).toEqual(["text-only-modalities"]);
  });

  it("takes an imageConfig or a size for an image unless a text model or JSON output says otherwise", () => {
    expect(classifyEvidence([{ kind: "image-config" }]).verdict).toBe("image");
    expect(classifyEvidence([{ kind: "openai-size" }]).verdict).toBe("image");
    expect(classifyEvidence([{ kind: "image-config" }, { kind: "text-only-modalities" }]).verdict).toBe("image");
    expect(classifyEvidence([{ kind: "image-config" }, { kind: "text-model" }]).verdict).toBe("unknown");
    expect(classifyEvidence([{ kind: "openai-size" }, { kind: "json-output" }]).verdict).toBe("unknown");
  });

  it("answers not-image on evidence against alone and unknown on none", () => {
    for (const kind of ["text-model", "json-output", "text-only-modalities"] as const) expect(classifyEvidence([{ kind }]).verdict).toBe("not-image");
    expect(classifyEvidence([]).verdict).toBe("unknown");
  });
});

describe("classifyBody", () => {
  it("classifies Google's first sample (an image model, no config) as an image request", () => {
    expect(classifyBody(prompt, "gemini-2.5-flash-image").verdict).toBe("image");
    expect(classifyBody(prompt).verdict).toBe("unknown");
  });

  it("classifies text bodies as text: a text model, TEXT only, JSON output", () => {
    expect(classifyBody(prompt, "gemini-2.5-flash").verdict).toBe("not-image");
    expect(classifyBody({ ...prompt, generationConfig: { responseModalities: ["TEXT"] } }).verdict).toBe("not-image");
    expect(classifyBody({ ...prompt, generationConfig: { responseMimeType: "application/json" } }).verdict).toBe("not-image");
    expect(classifyBody({ ...prompt, generation_config: { response_schema: { type: "OBJECT" } } }).verdict).toBe("not-image");
  });

  it("reads IMAGE in any case and spelling, imageConfig in place or misplaced, and size", () => {
    expect(classifyBody({ ...prompt, generationConfig: { responseModalities: ["image"] } }).verdict).toBe("image");
    expect(classifyBody({ ...prompt, generation_config: { response_modalities: ["IMAGE"] } }).verdict).toBe("image");
    expect(classifyBody({ ...prompt, generationConfig: { imageConfig: {} } }).evidence).toEqual([{ kind: "image-config" }]);
    expect(classifyBody({ ...prompt, imageConfig: {} }).evidence).toEqual([{ kind: "image-config", misplaced: true }]);
    expect(classifyBody({ ...prompt, size: "1024x1024" }).verdict).toBe("image");
    expect(classifyBody("not a body").verdict).toBe("unknown");
  });

  it("keeps an unknown model asking for IMAGE as an image request", () => {
    const body = { ...prompt, generationConfig: { responseModalities: ["TEXT", "IMAGE"] } };
    const result = classifyBody(body, "gemini-2.0-flash-preview-image-generation");
    expect(result.verdict).toBe("image");
    expect(kinds(result.evidence)).toEqual(["image-named-model", "image-modality"]);
  });
});

describe("modalityProblems", () => {
  const image = classifyEvidence([{ kind: "image-model" }]);
  const withConfig = classifyEvidence([{ kind: "image-model" }, { kind: "image-config" }]);

  it("reports a missing list only where an imageConfig in place asks for an image", () => {
    expect(modalityProblems(undefined, image)).toEqual([]);
    expect(modalityProblems(undefined, withConfig)).toEqual([{ id: "missing-response-modalities" }]);
    expect(modalityProblems(undefined, classifyEvidence([{ kind: "image-config", misplaced: true }]))).toEqual([]);
  });

  it("reports a known list without IMAGE, with the values present", () => {
    expect(modalityProblems(["TEXT"], image)).toEqual([{ id: "missing-response-modalities", present: ["TEXT"] }]);
    expect(modalityProblems(["TEXT", undefined], image)).toEqual([]);
  });

  it("gives lowercase values only the case warning", () => {
    expect(modalityProblems(["image", "text"], image)).toEqual([
      { id: "response-modality-case", index: 0, value: "image", expected: "IMAGE" },
      { id: "response-modality-case", index: 1, value: "text", expected: "TEXT" },
    ]);
  });

  it("says nothing about requests that are not image requests", () => {
    expect(modalityProblems(["TEXT"], classifyEvidence([{ kind: "text-only-modalities" }]))).toEqual([]);
    expect(modalityProblems(undefined, classifyEvidence([]))).toEqual([]);
  });
});
