import OpenAI from "openai";
import { GoogleGenAI } from "@google/genai";

const openai = new OpenAI();
const ai = new GoogleGenAI({});

export async function others(prompt: string) {
  await openai.images.generate({ model: "gpt-image-1", prompt, size: "1024x1024", n: 4, quality: "high" });
  await fetch("https://api.openai.com/v1/images/generations", { method: "POST", body: JSON.stringify({ prompt, size: "1792x1024" }) });
  // OpenRouter's chat API: image_config is its own, legitimate field.
  await fetch("https://openrouter.ai/api/v1/chat/completions", {
    method: "POST",
    body: JSON.stringify({ model: "google/gemini-2.5-flash-image", messages: [{ role: "user", content: prompt }], image_config: { aspect_ratio: "16:9" } }),
  });
  // Imagen has its own API and its numberOfImages is legitimate there.
  await ai.models.generateImages({ model: "imagen-4.0-generate-001", prompt, config: { numberOfImages: 4 } });
  const imageConfig = { size: "1024x1024", n: 2 };
  return imageConfig;
}
