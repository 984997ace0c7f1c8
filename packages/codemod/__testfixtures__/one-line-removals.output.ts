// Removing an object's last property while leaving a note where it stood (issue 11).
const url = "https://generativelanguage.googleapis.com/v1beta/models/gemini-3-pro-image:generateContent";

export const draw = () =>
  fetch(url, { method: "POST", body: JSON.stringify({ contents: [{ parts: [{ text: "a cat" }] }], generationConfig: { responseModalities: ["IMAGE"] } /* gemini-image(openai-n): removed `n: 4`: Gemini returns one image per call, so make 4 calls. */ }) });

export const inline = () => fetch(url, { body: JSON.stringify({ contents: [], generationConfig: { responseModalities: ["IMAGE"] } /* gemini-image(openai-field): removed `quality: "hd"` (OpenAI only): for more detail choose a larger imageSize ("2K", "4K"). */ /* house style */ }) });

const multiLine = {
  contents: [],
  generationConfig: { responseModalities: ["IMAGE"] }
  // gemini-image(openai-n): removed `n: 4`: Gemini returns one image per call, so make 4 calls.
};
export const lastWithoutComma = () => fetch(url, { body: JSON.stringify(multiLine) });
