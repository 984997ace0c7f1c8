import { GoogleGenAI } from "@google/genai";

const ai = new GoogleGenAI({});
// An OpenAI client (its package is not installed here): only its call shapes matter.
declare const openai: {
  images: { generate(body: object): Promise<unknown> };
  chat: { completions: { create(body: object): Promise<unknown> } };
};

// generateContent's camelCase carried into an interaction: renamed, never moved to generationConfig.
export const wide = (prompt: string) =>
  ai.interactions.create({
    model: "gemini-3.1-flash-image",
    input: prompt,
    response_format: { type: "image", aspect_ratio: "16:9", image_size: "2K" },
  });

// The deprecated image_config, written in camelCase: cased first, then moved into response_format.
export const poster = (prompt: string) =>
  ai.interactions.create({
    model: "gemini-3-pro-image",
    input: prompt,
    response_format: [{ type: "text" }, { type: "image", aspect_ratio: "21:9", image_size: "4K" }],
    generation_config: {
      temperature: 0.4, // kept where it is
    },
  });

// generateContent parts as input entries: a bare text and an inlineData part become Interactions entries.
export const recolor = (png: string) =>
  ai.interactions.create({
    model: "gemini-3-pro-image",
    input: [{ type: "text", text: "Make the car blue." }, { type: "image", data: png, mime_type: "image/png" }],
    response_format: { type: "image" },
  });

// The snake_case twin is already there: two keys would merge, so the rule reports it and nothing moves.
export const twins = (prompt: string) =>
  ai.interactions.create({
    model: "gemini-3-pro-image",
    input: prompt,
    response_format: { type: "image", aspect_ratio: "1:1", aspectRatio: "4:3" },
  });

// OpenAI's own response_format and a text part are none of this codemod's business.
export const dalle = (prompt: string) => openai.images.generate({ model: "dall-e-3", prompt, response_format: "b64_json" });
export const chat = (text: string) => openai.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: [{ text, type: "text" }] }] });
