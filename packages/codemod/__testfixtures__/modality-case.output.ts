// Modalities in another case than the API documents: rewritten where the list holds the string,
// left with a follow-up where it names a const (the const may be read elsewhere too).
import { GoogleGenAI } from "@google/genai";

const ai = new GoogleGenAI({ apiKey: process.env.GEMINI_API_KEY });
const PICTURE_LABEL = "Image";

export async function titleCase(prompt: string) {
  return ai.models.generateContent({
    model: "gemini-3.1-flash-image",
    contents: prompt,
    config: { responseModalities: ["TEXT", "IMAGE" as const], imageConfig: { aspectRatio: "3:2" } },
  });
}

export async function throughConst(prompt: string) {
  return ai.models.generateContent({
    model: "gemini-3.1-flash-image",
    contents: prompt,
    config: { responseModalities: ["TEXT", /* gemini-image(response-modality-case): "Image" comes from a const that may be read elsewhere; Google documents "IMAGE": write that in the const if only requests read it. */ PICTURE_LABEL], imageConfig: { aspectRatio: "3:2" } },
  });
}

export async function interaction(prompt: string) {
  return ai.interactions.create({
    model: "gemini-3-pro-image",
    input: prompt,
    response_format: { type: "image", aspect_ratio: "3:2" },
    response_modalities: ["image"],
  });
}
