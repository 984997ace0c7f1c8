import { GoogleGenAI } from "@google/genai";

const ai = new GoogleGenAI({});
const models = ai.models;

export async function edit(prompt: string) {
  const chat = ai.chats.create({ model: "gemini-3-pro-image", config: { imageConfig: { imageSize: "2K" }, responseModalities: ["IMAGE"] } });
  await chat.sendMessage({ message: prompt });
  return models.generateContentStream({ model: "gemini-3-pro-image", contents: prompt, config: { responseModalities: ["IMAGE"] } });
}
