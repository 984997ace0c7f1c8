const GEMINI = "https://generativelanguage.googleapis.com/v1beta/models/gemini-3-pro-image:generateContent";

export async function landscape(prompt: string, key: string) {
  const response = await fetch(GEMINI, {
    method: "POST",
    headers: { "x-goog-api-key": key },
    body: JSON.stringify({
      contents: [{ role: "user", parts: [{ text: prompt }] }],
      generationConfig: { imageConfig: { aspectRatio: "16:9", imageSize: "2K" }, responseModalities: ["IMAGE"] }, // DALL-E 3 landscape
      // gemini-image(openai-field): removed `quality: "hd"` (OpenAI only): for more detail choose a larger imageSize ("2K", "4K").
      // gemini-image(openai-field): removed `style: "vivid"` (OpenAI only): describe the style in the text prompt.
      // gemini-image(openai-field): removed `response_format: "b64_json"` (OpenAI only): Gemini always returns base64 in inlineData.
    }),
  });
  return response.json();
}
