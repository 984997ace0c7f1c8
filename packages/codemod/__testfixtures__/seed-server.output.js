// The article's server.js workflow: the frontend posts size, the server forwards it to Gemini.
import express from "express";

const app = express();
app.use(express.json());

const MODELS = { "nano-banana-pro": "gemini-3-pro-image-preview" };

async function _generateViaGemini(modelKey, prompt, imageB64) {
  const body = {
    contents: [
      {
        parts: [
          { inline_data: { mime_type: "image/png", data: imageB64 } },
          { text: prompt },
        ],
      },
    ],
    generationConfig: {
      responseModalities: ["IMAGE"],
      imageConfig: { aspectRatio: "1:1", imageSize: "1K" },
    },
  };
  const url = "https://api.apiyi.com/v1beta/models/gemini-3-pro-image:generateContent";
  const resp = await fetch(url, {
    method: "POST",
    headers: { Authorization: `Bearer ${process.env.APIYI_KEY}`, "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  return resp.json();
}

app.post("/api/generate", async (req, res) => {
  const { modelKey, prompt, image } = req.body;
  if (modelKey.startsWith("nano-banana")) res.json(await _generateViaGemini(MODELS[modelKey], prompt, image));
});
