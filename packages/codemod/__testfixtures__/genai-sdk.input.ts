import { GoogleGenAI } from "@google/genai";

const ai = new GoogleGenAI({ apiKey: process.env.GEMINI_API_KEY });

export async function draw(prompt: string) {
  const response = await ai.models.generateContent({
    model: "gemini-3.1-flash-image",
    contents: prompt,
    size: "1024x1536",
    generationConfig: {
      responseModalities: ["TEXT"],
      image_config: { aspect_ratio: "2:3" },
    },
  });
  return response;
}
