/* global fetch, Buffer */
// The seed article's Node.js workflow, as users paste it. Lines ending in a "❌ rule" marker
// are the findings the end-to-end test expects from the recommended config ("strict:rule" only
// from the strict config).
import fs from "node:fs";

const imgB64 = fs.readFileSync("input.png").toString("base64");
const resp = await fetch(
  "https://api.apiyi.com/v1beta/models/gemini-3-pro-image-preview:generateContent", // ❌ valid-model-id
  {
    method: "POST",
    headers: {
      Authorization: "Bearer YOUR-APIYI-KEY",
      "Content-Type": "application/json",
    },
    body: JSON.stringify({
      contents: [
        {
          parts: [
            { inline_data: { mime_type: "image/png", data: imgB64 } },
            { text: "Convert this image to cyberpunk style, keeping the character pose" },
          ],
        },
      ],
      generationConfig: {
        responseModalities: ["IMAGE"],
        imageConfig: {
          aspectRatio: "1:1",
          imageSize: "1K",
        },
      },
    }),
  },
);
const data = await resp.json();
const outB64 = data.candidates[0].content.parts[0].inline_data.data; // ❌ prefer-last-image-part prefer-last-image-part
fs.writeFileSync("output.png", Buffer.from(outB64, "base64"));

// The article's "Pitfall 1", built the way a server builds bodies: in a variable, completed later.
const MODEL = process.env.IMAGE_MODEL ?? "gemini-3-pro-image";
const ENDPOINT = `https://generativelanguage.googleapis.com/v1beta/models/${MODEL}:generateContent`;

export async function poster(prompt) {
  const body = {
    contents: [{ parts: [{ text: prompt }] }],
    size: "1024x1024", // ❌ no-openai-size
    n: 4, // ❌ no-multiple-images
  };
  body.generationConfig = { responseModalities: ["IMAGE"] };
  body.generationConfig.imageConfig = { imageSize: "2k", aspectRatio: "16x9" }; // ❌ valid-image-size valid-aspect-ratio
  const res = await fetch(`${ENDPOINT}?key=${process.env.GEMINI_API_KEY}`, { // ❌ no-api-key-in-url
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return res.json();
}
