// The legacy SDK's GenerationConfig (@google/generative-ai 0.24.1) declares no responseModalities
// and no imageConfig. An image model alone does not ask for responseModalities (Google's own
// first sample sends none), so this typed call is left as it is; a call whose imageConfig asks
// for it gets a follow-up instead of an edit tsc refuses (typecheck-outputs.test.ts).
import { GoogleGenerativeAI } from "@google/generative-ai";

const genAI = new GoogleGenerativeAI(process.env.GEMINI_API_KEY ?? "");

export const model = genAI.getGenerativeModel({
  model: "gemini-2.5-flash-image",
  generationConfig: { temperature: 0.4 }, // calm
});

export async function draw(prompt: string) {
  return model.generateContent({ contents: [{ role: "user", parts: [{ text: prompt }] }], generationConfig: { maxOutputTokens: 2048 } });
}
