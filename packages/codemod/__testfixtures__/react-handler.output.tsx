import { useState } from "react";

export function Generator({ apiKey }: { apiKey: string }) {
  const [imageConfig, setImageConfig] = useState({ size: "1024x1024" });
  async function onClick() {
    await fetch("https://generativelanguage.googleapis.com/v1beta/models/gemini-3-pro-image:generateContent", {
      method: "POST",
      headers: { "x-goog-api-key": apiKey },
      body: JSON.stringify({ contents: [{ parts: [{ text: "a fox" }] }], generationConfig: { imageConfig: { aspectRatio: "1:1", imageSize: "1K" }, responseModalities: ["IMAGE"] } }),
    });
  }
  return <button onClick={onClick}>{imageConfig.size}</button>;
}
