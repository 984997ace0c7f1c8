// Comments stay with the code they annotate: new properties go after a trailing comment.
const url = "https://generativelanguage.googleapis.com/v1beta/models/gemini-3-pro-image:generateContent";

const body = {
  contents: [{ parts: [{ text: "a lighthouse" }] }],
  generationConfig: {
    temperature: 0.4, // keep it calm
  },
  size: "1792x1024", // hero image
  style: "vivid" // brand look
};
export const hero = () => fetch(url, { body: JSON.stringify(body) });

export const thumb = () =>
  fetch(url, {
    body: JSON.stringify({
      contents: [],
      generationConfig: { temperature: 1 /* playful */ },
      n: 1, // one is enough
    }),
  });

// The size becomes the config in place, so its comment stays on its line.
export const banner = () =>
  fetch(url, {
    body: JSON.stringify({
      contents: [],
      size: "1024x1024", // hero image
      n: 2, // two variants
    }),
  });
