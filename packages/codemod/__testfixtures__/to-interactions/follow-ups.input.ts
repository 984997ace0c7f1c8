import { GoogleGenAI, type Content } from "@google/genai";

const ai = new GoogleGenAI({ apiKey: process.env.GEMINI_API_KEY });

// A conversation: two turns have no one-call Interactions form.
export async function edit(history: Content[], png: string) {
  const response = await ai.models.generateContent({
    model: "gemini-3-pro-image",
    contents: [
      { role: "user", parts: [{ text: "Draw a red car." }] },
      { role: "model", parts: [{ inlineData: { mimeType: "image/png", data: png } }] },
      { role: "user", parts: [{ text: "Now make it blue." }] },
    ],
  });
  return response.text ?? history.length;
}

// A history array from elsewhere: the codemod cannot tell a string from turns.
export async function resume(history: Content[]) {
  const response = await ai.models.generateContent({ model: "gemini-3-pro-image", contents: history });
  return response.text;
}

// A setting with no counterpart in an interaction's generation_config.
export async function many(prompt: string) {
  const response = await ai.models.generateContent({
    model: "gemini-3-pro-image",
    contents: prompt,
    config: { topK: 40, imageConfig: { aspectRatio: "1:1" } },
  });
  return response.text;
}

// A spread config: keys the codemod cannot see.
export async function spread(prompt: string, extra: object) {
  const response = await ai.models.generateContent({ model: "gemini-3-pro-image", contents: prompt, config: { ...extra } });
  return response.text;
}

// The answer leaves the function: its readers are elsewhere.
export async function passOn(prompt: string) {
  return ai.models.generateContent({ model: "gemini-3-pro-image", contents: prompt });
}

// An unknown read of the answer.
export async function usage(prompt: string) {
  const response = await ai.models.generateContent({ model: "gemini-3-pro-image", contents: prompt });
  return response.usageMetadata?.totalTokenCount;
}

// Streaming chunks become Interactions events: the reading loop is a person's rewrite.
export async function streamed(prompt: string) {
  const stream = await ai.models.generateContentStream({ model: "gemini-3-pro-image", contents: prompt });
  for await (const chunk of stream) console.log(chunk.text);
}

// A chat: every turn would change, so it stays with a follow-up.
export async function chat() {
  const session = ai.chats.create({ model: "gemini-3-pro-image", config: { responseModalities: ["TEXT", "IMAGE"] } });
  const first = await session.sendMessage({ message: "Draw a fox." });
  return first.text;
}

// A part read without testing its kind first: on Interactions the entry may be an image.
export async function unguarded(prompt: string) {
  const response = await ai.models.generateContent({ model: "gemini-3-pro-image", contents: prompt });
  const texts: (string | undefined)[] = [];
  for (const part of response.candidates?.[0]?.content?.parts ?? []) texts.push(part.text);
  return texts;
}
