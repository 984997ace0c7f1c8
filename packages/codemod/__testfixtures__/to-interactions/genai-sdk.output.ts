import { GoogleGenAI } from "@google/genai";

const ai = new GoogleGenAI({ apiKey: process.env.GEMINI_API_KEY, httpOptions: { baseUrl: process.env.GEMINI_BASE_URL, apiVersion: "v1beta" } });

// A prompt and settings: the image settings become response_format, the rest generation_config.
export async function banner(prompt: string): Promise<string | undefined> {
  const response = await ai.interactions.create({
    model: "gemini-3-pro-image",
    input: prompt,
    response_format: { type: "image", aspect_ratio: "16:9", image_size: "2K" },
    system_instruction: "Flat colours only.",
    generation_config: { temperature: 0.4 },
  });
  return response.output_image?.data;
}

// Text and an inline image in one user turn; the loop reads both kinds of part.
export async function recolor(png: string): Promise<string[]> {
  const out: string[] = [];
  const response = await ai.interactions.create({
    model: "gemini-3.1-flash-image",
    input: [{ type: "text", text: "Make the car blue." }, { type: "image", data: png, mime_type: "image/png" }],
    response_format: [{ type: "text" }, { type: "image" }],
  });
  for (const part of (response.steps ?? []).flatMap((step) => (step.type === "model_output" ? (step.content ?? []) : []))) {
    if (part.type === "text") out.push(part.text);
    else if (part.type === "image") out.push(part.data ?? "");
  }
  return out;
}

// A stored file and the answer's text.
export async function caption(uri: string): Promise<string | undefined> {
  const response = await ai.interactions.create({
    model: "gemini-3-pro-image",
    input: [{ type: "text", text: "Redraw this as a poster." }, { type: "image", uri: uri, mime_type: "image/jpeg" }],
    response_format: [{ type: "text" }, { type: "image" }],
  });
  return response.output_text;
}

// The parts in a const, searched for the image part, which a const holds and a guard checks.
export async function poster(prompt: string): Promise<{ data: string; mimeType: string | undefined }> {
  const response = await ai.interactions.create({ model: "gemini-3-pro-image", input: prompt, response_format: { type: "image", aspect_ratio: "2:3" } });
  const parts = (response.steps ?? []).flatMap((step) => (step.type === "model_output" ? (step.content ?? []) : []));
  const imagePart = parts.filter((entry) => entry.type === "image").at(-1);
  if (!imagePart?.data) throw new Error("no image");
  return { data: imagePart.data, mimeType: imagePart?.mime_type };
}
