// The model comes from configuration the codemod cannot read; --model tells it.
export async function send(url, prompt) {
  return fetch(`${url}:generateContent`, {
    method: "POST",
    body: JSON.stringify({ contents: [{ parts: [{ text: prompt }] }], generationConfig: { imageConfig: { aspectRatio: "3:2", imageSize: "2K" }, responseModalities: ["TEXT", "IMAGE"] } }),
  });
}

export async function sendUnknown(url, prompt) {
  return fetch(`${url}:generateContent`, {
    method: "POST",
    body: JSON.stringify({ contents: [{ parts: [{ text: prompt }] }], generationConfig: { responseModalities: ["TEXT", "IMAGE"] } }),
  });
}
