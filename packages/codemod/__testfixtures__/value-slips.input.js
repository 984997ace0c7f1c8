// Slips in imageSize and aspectRatio that have exactly one meaning are fixed as the ESLint rules
// autofix them ("16x9"); values with no certain meaning ("512px", "9:21", "huge") are left to a
// person, as the rules leave them (they report them).
const URL = "https://generativelanguage.googleapis.com/v1beta/models/gemini-3.1-flash-image:generateContent";

export const banner = (key) =>
  fetch(URL, {
    method: "POST",
    headers: { "x-goog-api-key": key },
    body: JSON.stringify({
      contents: [{ parts: [{ text: "a wide banner" }] }],
      generationConfig: { responseModalities: ["IMAGE"], imageConfig: { aspectRatio: '16x9', imageSize: "512px" } },
    }),
  });

export const odd = (key) =>
  fetch(URL, {
    method: "POST",
    headers: { "x-goog-api-key": key },
    body: JSON.stringify({
      contents: [{ parts: [{ text: "a tall poster" }] }],
      generationConfig: { responseModalities: ["IMAGE"], imageConfig: { aspectRatio: "9:21", imageSize: "huge" } },
    }),
  });
