import axios from "axios";

export async function poster(prompt: string) {
  const body: Record<string, unknown> = {
    contents: [{ parts: [{ text: prompt }] }],
  };
  body.generationConfig = { imageConfig: { aspectRatio: "2:3", imageSize: "4K" }, responseModalities: ["IMAGE"] };
  const { data } = await axios.post(
    `https://generativelanguage.googleapis.com/v1beta/models/gemini-3.1-flash-image:generateContent`,
    body,
  );
  return data;
}
