import { GoogleGenAI } from "@google/genai";

const ai = new GoogleGenAI({});

export async function done(prompt: string) {
  // Already Gemini-shaped: the codemod must leave this file byte for byte.
  return ai.models.generateContent({
    model: "gemini-3-pro-image",
    contents: [{ role: "user", parts: [{ text: prompt }] }],
    config: { responseModalities: ["TEXT", "IMAGE"], imageConfig: { aspectRatio: "16:9", imageSize: "2K" } },
  });
}
