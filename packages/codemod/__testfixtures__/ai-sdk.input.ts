import { google } from "@ai-sdk/google";
import { experimental_generateImage as generateImage } from "ai";

export async function hero(prompt: string) {
  const { image } = await generateImage({
    model: google.image("gemini-3-pro-image"),
    prompt,
    size: "1792x1024",
    n: 2,
  });
  return image;
}
