import { GoogleGenAI } from "@google/genai";

const ai = new GoogleGenAI({});

export async function fromRequest(req: { body: { size: string; prompt: string } }) {
  return ai.models.generateContent({
    model: "gemini-3-pro-image",
    contents: req.body.prompt,
    config: { /* gemini-image(non-literal-size): Gemini has no size: map req.body.size with toImageConfig(size, { model }) from @gemini-image/protocol and set config.imageConfig, then delete size. */ size: req.body.size },
  });
}
