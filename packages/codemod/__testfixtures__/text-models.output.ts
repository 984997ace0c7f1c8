// Text calls next to image calls, migrated with --model: the model names image requests only.
import { GoogleGenAI, Modality, Type } from "@google/genai";

const ai = new GoogleGenAI({});
const TEXT_MODEL = "gemini-2.5-flash";

export async function summarise(text: string) {
  return ai.models.generateContent({ model: TEXT_MODEL, contents: text, config: { temperature: 0.2 } });
}

export async function tags(model: string, text: string) {
  // Structured output is text, whatever model the caller passes.
  return ai.models.generateContent({
    model,
    contents: text,
    config: { responseMimeType: "application/json", responseSchema: { type: Type.ARRAY, items: { type: Type.STRING } } },
  });
}

export async function caption(model: string, prompt: string) {
  // An explicit TEXT-only answer stays TEXT-only.
  return ai.models.generateContent({ model, contents: prompt, config: { responseModalities: ["TEXT"] } });
}

export async function legacyText(prompt: string) {
  return ai.models.generateContent({ model: "gemini-1.5-flash", contents: prompt, config: { responseModalities: [Modality.TEXT] } });
}

export async function rest(key: string, prompt: string) {
  return fetch("https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash:generateContent", {
    method: "POST",
    headers: { "x-goog-api-key": key },
    body: JSON.stringify({ contents: [{ parts: [{ text: prompt }] }], generationConfig: { maxOutputTokens: 200 } }),
  });
}

export async function restFromConfig(url: string, prompt: string) {
  // The URL (and so the model) comes from elsewhere and nothing asks for an image: left alone.
  return fetch(`${url}:generateContent`, {
    method: "POST",
    body: JSON.stringify({ contents: [{ parts: [{ text: prompt }] }], generationConfig: { temperature: 0 } }),
  });
}

export async function preview(prompt: string) {
  // An id this package does not know, asking for IMAGE: an image request with an unknown model.
  return ai.models.generateContent({
    model: "gemini-2.0-flash-preview-image-generation",
    contents: prompt,
    config: { responseModalities: [Modality.TEXT, Modality.IMAGE] },
  });
}

export async function poster(model: string, prompt: string) {
  // An imageConfig asks for an image: --model names it, so it gets IMAGE.
  return ai.models.generateContent({ model, contents: prompt, config: { imageConfig: { aspectRatio: "16:9" }, responseModalities: ["IMAGE"] } });
}

export async function sketch(prompt: string) {
  // TEXT only on an image model is a conflict: IMAGE is added in the enum's own spelling.
  return ai.models.generateContent({ model: "gemini-3.1-flash-image", contents: prompt, config: { responseModalities: [Modality.TEXT, Modality.IMAGE] } });
}
