import { GoogleGenAI, type Content } from "@google/genai";

const ai = new GoogleGenAI({ apiKey: process.env.GEMINI_API_KEY });

// A conversation: two turns have no one-call Interactions form.
export async function edit(history: Content[], png: string) {
  // gemini-image(to-interactions): not moved to the Interactions API: its contents holds roles or several turns: an interaction takes one turn, and a conversation chains calls with previous_interaction_id. See docs/codemod.md, "Moving to the Interactions API".
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
  // gemini-image(to-interactions): not moved to the Interactions API: the codemod cannot tell whether `history` is a string or parts. See docs/codemod.md, "Moving to the Interactions API".
  const response = await ai.models.generateContent({ model: "gemini-3-pro-image", contents: history });
  return response.text;
}

// A setting with no counterpart in an interaction's generation_config.
export async function many(prompt: string) {
  // gemini-image(to-interactions): not moved to the Interactions API: `topK` has no counterpart in an interaction's generation_config. See docs/codemod.md, "Moving to the Interactions API".
  const response = await ai.models.generateContent({
    model: "gemini-3-pro-image",
    contents: prompt,
    config: { topK: 40, imageConfig: { aspectRatio: "1:1" }, responseModalities: ["IMAGE"] },
  });
  return response.text;
}

// A spread config: keys the codemod cannot see.
export async function spread(prompt: string, extra: object) {
  // gemini-image(to-interactions): not moved to the Interactions API: its config is built where the codemod cannot read all of it (a spread or a later assignment). See docs/codemod.md, "Moving to the Interactions API".
  const response = await ai.models.generateContent({ model: "gemini-3-pro-image", contents: prompt, config: { ...extra } });
  return response.text;
}

// The answer leaves the function: its readers are elsewhere.
export async function passOn(prompt: string) {
  // gemini-image(to-interactions): not moved to the Interactions API: its answer is used where the codemod cannot follow it (returned, passed on or not held in a variable). See docs/codemod.md, "Moving to the Interactions API".
  return ai.models.generateContent({ model: "gemini-3-pro-image", contents: prompt });
}

// An unknown read of the answer.
export async function usage(prompt: string) {
  // gemini-image(to-interactions): not moved to the Interactions API: its answer is read as `response.usageMetadata?.totalTokenCount`, which the codemod cannot rewrite. See docs/codemod.md, "Moving to the Interactions API".
  const response = await ai.models.generateContent({ model: "gemini-3-pro-image", contents: prompt });
  return response.usageMetadata?.totalTokenCount;
}

// Streaming chunks become Interactions events: the reading loop is a person's rewrite.
export async function streamed(prompt: string) {
  // gemini-image(to-interactions): not moved to the Interactions API: a streamed answer comes as Interactions events (step.delta …), not chunks with candidates; its reading loop is a person's rewrite. See docs/codemod.md, "Moving to the Interactions API".
  const stream = await ai.models.generateContentStream({ model: "gemini-3-pro-image", contents: prompt });
  for await (const chunk of stream) console.log(chunk.text);
}

// A chat: every turn would change, so it stays with a follow-up.
export async function chat() {
  // gemini-image(to-interactions): not moved to the Interactions API: a chat sends its history with each turn; on Interactions each turn is interactions.create with previous_interaction_id, a rewrite of every turn. See docs/codemod.md, "Moving to the Interactions API".
  const session = ai.chats.create({ model: "gemini-3-pro-image", config: { responseModalities: ["TEXT", "IMAGE"] } });
  const first = await session.sendMessage({ message: "Draw a fox." });
  return first.text;
}

// A part read without testing its kind first: on Interactions the entry may be an image.
export async function unguarded(prompt: string) {
  // gemini-image(to-interactions): not moved to the Interactions API: its parts are read as `part.text`, which the codemod cannot rewrite. See docs/codemod.md, "Moving to the Interactions API".
  const response = await ai.models.generateContent({ model: "gemini-3-pro-image", contents: prompt });
  const texts: (string | undefined)[] = [];
  for (const part of response.candidates?.[0]?.content?.parts ?? []) texts.push(part.text);
  return texts;
}
