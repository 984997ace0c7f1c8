import { GoogleGenAI } from "@google/genai";

const ai = new GoogleGenAI({ apiKey: process.env.GEMINI_API_KEY, httpOptions: { baseUrl: process.env.GEMINI_BASE_URL, apiVersion: "v1beta" } });

// A prompt and settings: the image settings become response_format, the rest generation_config.
export async function banner(prompt: string): Promise<string | undefined> {
  const response = await ai.models.generateContent({
    model: "gemini-3-pro-image",
    contents: prompt,
    config: {
      responseModalities: ["IMAGE"],
      imageConfig: { aspectRatio: "16:9", imageSize: "2K" },
      systemInstruction: "Flat colours only.",
      temperature: 0.4,
    },
  });
  return response.candidates?.[0]?.content?.parts?.find((part) => part.inlineData)?.inlineData?.data;
}

// Text and an inline image in one user turn; the loop reads both kinds of part.
export async function recolor(png: string): Promise<string[]> {
  const out: string[] = [];
  const response = await ai.models.generateContent({
    model: "gemini-3.1-flash-image",
    contents: [{ role: "user", parts: [{ text: "Make the car blue." }, { inlineData: { mimeType: "image/png", data: png } }] }],
    config: { responseModalities: ["TEXT", "IMAGE"] },
  });
  for (const part of response.candidates?.[0]?.content?.parts ?? []) {
    if (part.text) out.push(part.text);
    else if (part.inlineData) out.push(part.inlineData.data ?? "");
  }
  return out;
}

// A stored file and the answer's text.
export async function caption(uri: string): Promise<string | undefined> {
  const response = await ai.models.generateContent({
    model: "gemini-3-pro-image",
    contents: [{ text: "Redraw this as a poster." }, { fileData: { fileUri: uri, mimeType: "image/jpeg" } }],
  });
  return response.text;
}

// The parts in a const, searched for the image part, which a const holds and a guard checks.
export async function poster(prompt: string): Promise<{ data: string; mimeType: string | undefined }> {
  const response = await ai.models.generateContent({ model: "gemini-3-pro-image", contents: prompt, config: { imageConfig: { aspectRatio: "2:3" } } });
  const parts = response.candidates?.[0]?.content?.parts ?? [];
  const imagePart = parts.find((p) => p.inlineData !== undefined);
  if (!imagePart?.inlineData?.data) throw new Error("no image");
  return { data: imagePart.inlineData.data, mimeType: imagePart?.inlineData?.mimeType };
}
