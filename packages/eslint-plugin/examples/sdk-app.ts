// An @google/genai app with the SDK's own pitfalls.
import { GoogleGenAI } from "@google/genai";

const ai = new GoogleGenAI({ apiKey: process.env.GEMINI_API_KEY });
const MODEL = process.env.IMAGE_MODEL ?? "gemini-3.1-flash-image";

export async function poster(prompt: string) {
  return ai.models.generateContent({
    model: MODEL,
    contents: prompt,
    generationConfig: { responseModalities: ["IMAGE"] }, // ❌ no-misplaced-fields
  });
}

export async function thumbnail(prompt: string, photo: string) {
  const models = ai.models;
  return models.generateContent({
    model: MODEL,
    contents: [
      { text: prompt }, // ❌ strict:prefer-images-before-text
      { inline_data: { mime_type: "image/png", data: photo } }, // ❌ no-snake-case-fields no-snake-case-fields
    ],
    config: {
      responseModalities: ["IMAGE"],
      imageConfig: { image_size: "1k", aspectRatio: "1:8" }, // ❌ no-snake-case-fields valid-image-size
    },
  });
}

export async function edit(photo: string) {
  const chat = ai.chats.create({ model: "gemini-3-pro-image", config: { responseModalities: ["TEXT", "IMAGE"] } });
  // A message's own config replaces the chat's whole config, IMAGE modality included.
  return chat.sendMessage({
    message: [{ inlineData: { mimeType: "image/png", data: `data:image/png;base64,${photo}` } }, "make it blue"], // ❌ no-data-url-inline-data
    config: { imageConfig: { aspectRatio: "1:8" } }, // ❌ valid-aspect-ratio require-image-modality
  });
}
