import { google } from "@ai-sdk/google";
import { experimental_generateImage as generateImage } from "ai";

export async function hero(prompt: string) {
  const { image } = await generateImage({
    model: google.image("gemini-3-pro-image"),
    prompt,
    aspectRatio: "16:9",
    providerOptions: { google: { imageConfig: { imageSize: "2K" } } },
    n: 2,
  });
  return image;
}
