// Comments stay with the code they annotate: new properties go after a trailing comment.
const url = "https://generativelanguage.googleapis.com/v1beta/models/gemini-3-pro-image:generateContent";

const body = {
  contents: [{ parts: [{ text: "a lighthouse" }] }],
  generationConfig: {
    temperature: 0.4, // keep it calm
    imageConfig: { aspectRatio: "16:9", imageSize: "2K" },
    responseModalities: ["IMAGE"],
  }
  // hero image
  // gemini-image(openai-field): removed `style: "vivid"` (OpenAI only): describe the style in the text prompt.
  // brand look
};
export const hero = () => fetch(url, { body: JSON.stringify(body) });

export const thumb = () =>
  fetch(url, {
    body: JSON.stringify({
      contents: [],
      generationConfig: { temperature: 1 /* playful */ },
      // one is enough
    }),
  });

// The size becomes the config in place, so its comment stays on its line.
export const banner = () =>
  fetch(url, {
    body: JSON.stringify({
      contents: [],
      generationConfig: { imageConfig: { aspectRatio: "1:1", imageSize: "1K" }, responseModalities: ["IMAGE"] }, // hero image
      // gemini-image(openai-n): removed `n: 2`: Gemini returns one image per call, so make 2 calls.
      // two variants
    }),
  });
