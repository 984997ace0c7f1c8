/**
 * The page's opening example: the seed article's Node.js request (native fetch to
 * gemini-3-pro-image-preview's :generateContent) written with the OpenAI habit the article
 * warns about, `size: "1024x1024"` instead of imageConfig, and the first part read as the image.
 */
export const EXAMPLE_CODE = `const resp = await fetch(
  "https://generativelanguage.googleapis.com/v1beta/models/gemini-3-pro-image-preview:generateContent",
  {
    method: "POST",
    headers: { "x-goog-api-key": process.env.GEMINI_API_KEY, "Content-Type": "application/json" },
    body: JSON.stringify({
      contents: [{ parts: [{ text: "Convert this image to cyberpunk style, keeping the character pose" }] }],
      size: "1024x1024",
      generationConfig: { responseModalities: ["IMAGE"] },
    }),
  },
);
const data = await resp.json();
const outB64 = data.candidates[0].content.parts[0].inlineData.data;
`;

/** The same request as a JSON body, for the Body tab. */
export const EXAMPLE_BODY = `{
  "contents": [{ "parts": [{ "text": "Convert this image to cyberpunk style, keeping the character pose" }] }],
  "size": "1024x1024",
  "generationConfig": { "responseModalities": ["IMAGE"] }
}
`;

/** The model the example body is sent to (its URL names it). */
export const EXAMPLE_MODEL = "gemini-3-pro-image-preview";
