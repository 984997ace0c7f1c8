// A Vercel AI SDK app: generateImage and generateText with Gemini image models.
import { google } from "@ai-sdk/google";
import { generateImage, generateText } from "ai";

export async function cover(prompt) {
  const { image } = await generateImage({
    model: google.image("gemini-3-pro-image"),
    prompt,
    n: 2,
    size: "1792x1024", // ❌ no-openai-size
    providerOptions: { google: { aspectRatio: "16:9" } }, // ❌ no-misplaced-fields
  });
  return image;
}

export async function sketch(prompt) {
  return generateText({
    model: google("gemini-3.1-flash-image"),
    prompt,
    providerOptions: { google: { responseModalities: ["TEXT", "IMAGE"], imageConfig: { imageSize: "512", aspectRatio: "4:1" } } },
  });
}

export async function banner(prompt) {
  return generateText({ model: google("nano-banana-2"), prompt }); // ❌ valid-model-id
}
