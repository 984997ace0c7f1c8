import { GoogleGenAI } from "@google/genai";

const ai = new GoogleGenAI({});

export async function fromRequest(req: { body: { size: string; prompt: string } }) {
  return ai.models.generateContent({
    model: "gemini-3-pro-image",
    contents: req.body.prompt,
    config: { size: req.body.size },
  });
}
