// An image request written with DALL-E habits: an OpenAI size and a lowercase tier.
export async function banner(key) {
  const res = await fetch("https://generativelanguage.googleapis.com/v1beta/models/gemini-3-pro-image:generateContent", {
    method: "POST",
    headers: { "x-goog-api-key": key, "Content-Type": "application/json" },
    body: JSON.stringify({
      contents: [{ parts: [{ text: "A lighthouse at dusk" }] }],
      size: "1792x1024",
      generationConfig: { responseModalities: ["IMAGE"], imageConfig: { imageSize: "2k" } },
    }),
  });
  return res.json();
}
