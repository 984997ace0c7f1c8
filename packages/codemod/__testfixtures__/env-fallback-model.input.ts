import { GoogleGenAI } from "@google/genai";

// The environment may name any model: the fallback is not used to pick a size tier.
const MODEL = process.env.GEMINI_IMAGE_MODEL || "gemini-3-pro-image";
const ai = new GoogleGenAI({ apiKey: process.env.GEMINI_API_KEY });

export async function poster(prompt: string) {
  return ai.models.generateContent({
    model: MODEL,
    contents: prompt,
    config: { responseModalities: ["IMAGE"], size: "1792x1024" },
  });
}
