const GEMINI = "https://generativelanguage.googleapis.com/v1beta/models/gemini-3-pro-image:generateContent";

export async function landscape(prompt: string, key: string) {
  const response = await fetch(GEMINI, {
    method: "POST",
    headers: { "x-goog-api-key": key },
    body: JSON.stringify({
      contents: [{ role: "user", parts: [{ text: prompt }] }],
      size: '1792x1024', // DALL-E 3 landscape
      quality: "hd",
      style: "vivid",
      response_format: "b64_json",
    }),
  });
  return response.json();
}
