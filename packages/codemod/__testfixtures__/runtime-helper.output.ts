import { GoogleGenAI } from "@google/genai";
import { toImageConfig } from "@gemini-image/protocol";

const ai = new GoogleGenAI({});

export async function fromRequest(req: { body: { size: string; prompt: string } }) {
  return ai.models.generateContent({
    model: "gemini-3-pro-image",
    contents: req.body.prompt,
    config: { imageConfig: toImageConfig(req.body.size, { model: "gemini-3-pro-image" }).imageConfig, responseModalities: ["IMAGE"] },
  });
}
