// The model comes from configuration the codemod cannot read; --model tells it.
export async function send(url, prompt) {
  return fetch(`${url}:generateContent`, {
    method: "POST",
    body: JSON.stringify({ contents: [{ parts: [{ text: prompt }] }], size: "1536x1024" }),
  });
}

// "auto" sets no imageConfig; once it is gone nothing in the call asks for an image, and
// --model only names the model of image requests, so no responseModalities is added.
export async function sendUnknown(url, prompt) {
  return fetch(`${url}:generateContent`, {
    method: "POST",
    body: JSON.stringify({ contents: [{ parts: [{ text: prompt }] }], size: "auto" }),
  });
}
