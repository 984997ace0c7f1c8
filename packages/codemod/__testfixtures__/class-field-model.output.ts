import { GoogleGenAI } from "@google/genai";

// The model is a private field: only this class sets it, so the size maps to its tiers.
export class PosterService {
  private readonly ai = new GoogleGenAI({ apiKey: process.env.GEMINI_API_KEY });
  private readonly model = "gemini-3-pro-image";

  async poster(prompt: string) {
    return this.ai.models.generateContent({
      model: this.model,
      contents: prompt,
      config: { responseModalities: ["IMAGE"], imageConfig: { aspectRatio: "16:9", imageSize: "2K" } },
    });
  }
}
