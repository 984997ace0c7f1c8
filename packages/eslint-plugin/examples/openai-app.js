/* global fetch */
// An OpenAI app, and an OpenRouter call: none of this is a Gemini request, so nothing is reported.
import OpenAI from "openai";

const openai = new OpenAI();

export async function draw(prompt) {
  const result = await openai.images.generate({
    model: "gpt-image-1",
    prompt,
    size: "1536x1024",
    n: 2,
    quality: "high",
    background: "transparent",
    output_format: "webp",
  });
  return result.data;
}

export async function chat(messages) {
  return openai.chat.completions.create({ model: "gpt-4o", messages, response_format: { type: "json_object" } });
}

export async function dalle(prompt) {
  const res = await fetch("https://api.openai.com/v1/images/generations", {
    method: "POST",
    body: JSON.stringify({ model: "dall-e-3", prompt, size: "1792x1024", style: "vivid", response_format: "b64_json" }),
  });
  return res.json();
}

export async function viaOpenRouter(prompt) {
  const res = await fetch("https://openrouter.ai/api/v1/chat/completions", {
    method: "POST",
    body: JSON.stringify({
      model: "google/gemini-3-pro-image",
      messages: [{ role: "user", content: prompt }],
      modalities: ["image", "text"],
      image_config: { image_size: "2K", aspect_ratio: "16:9" },
    }),
  });
  return res.json();
}

// UI state that happens to be called imageConfig.
export const imageConfig = { size: "1024x1024", aspectRatio: "16x9", n: 3 };
export const config = { responseModalities: ["IMAGE"], imageSize: "4k" };
