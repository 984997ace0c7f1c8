import { GoogleGenAI } from "@google/genai";

const ai = new GoogleGenAI({ apiKey: process.env.GEMINI_API_KEY });
declare const openai: { images: { generate(body: object): Promise<unknown> } };

// A text model: not an image request, so it stays on generateContent without a comment.
export const summary = (text: string) => ai.models.generateContent({ model: "gemini-2.5-flash", contents: `Summarise: ${text}` });

// Imagen has its own method; OpenAI and OpenRouter are not Gemini calls.
export const imagen = (prompt: string) => ai.models.generateImages({ model: "imagen-4.0-generate-001", prompt });
export const dalle = (prompt: string) => openai.images.generate({ model: "dall-e-3", prompt, size: "1024x1024" });
export const router = (prompt: string) =>
  fetch("https://openrouter.ai/api/v1/chat/completions", {
    method: "POST",
    body: JSON.stringify({ model: "google/gemini-3-pro-image", messages: [{ role: "user", content: prompt }], modalities: ["image", "text"] }),
  });

// Already an interaction: left as it is.
export const done = (prompt: string) =>
  ai.interactions.create({ model: "gemini-3-pro-image", input: prompt, response_format: { type: "image", aspect_ratio: "1:1" } });
