// REST with fetch: the URL names the model; the answer is the wire JSON.
export async function generate(base, key, prompt) {
  const response = await fetch(`${base}/v1beta/models/gemini-3-pro-image:generateContent`, {
    method: "POST",
    headers: { "x-goog-api-key": key, "content-type": "application/json" },
    body: JSON.stringify({
      contents: [{ parts: [{ text: prompt }] }],
      generationConfig: { responseModalities: ["TEXT", "IMAGE"], imageConfig: { aspectRatio: "3:2", imageSize: "1K" } },
    }),
  });
  if (!response.ok) throw new Error(await response.text());
  const json = await response.json();
  return json.candidates[0].content.parts.find((p) => p.inlineData).inlineData.data;
}

// The model from a const, a system instruction as a Content, snake_case settings.
const MODEL = "gemini-3.1-flash-image";
export async function sketch(base, key, prompt, png) {
  const res = await fetch(`${base}/v1beta/models/${MODEL}:generateContent`, {
    method: "POST",
    headers: { "x-goog-api-key": key, "content-type": "application/json" },
    body: JSON.stringify({
      systemInstruction: { parts: [{ text: "Pencil only." }] },
      contents: [{ role: "user", parts: [{ inline_data: { mime_type: "image/png", data: png } }, { text: prompt }] }],
      generation_config: { response_modalities: ["IMAGE"], image_config: { aspect_ratio: "1:1" }, top_p: 0.9 },
    }),
  });
  const data = await res.json();
  for (const part of data.candidates[0].content.parts) {
    if (!part.inlineData) continue;
    return part.inlineData.data;
  }
  return undefined;
}

// Streaming: the request moves only when its events are read in a way the codemod knows; here not.
export async function streamed(base, key, prompt) {
  const res = await fetch(`${base}/v1beta/models/gemini-3-pro-image:streamGenerateContent?alt=sse`, {
    method: "POST",
    headers: { "x-goog-api-key": key, "content-type": "application/json" },
    body: JSON.stringify({ contents: [{ parts: [{ text: prompt }] }] }),
  });
  return res.body;
}

// A query besides alt=sse: whether /interactions takes it is unconfirmed, so the call stays.
export async function traced(key, prompt) {
  const res = await fetch(`https://generativelanguage.googleapis.com/v1beta/models/gemini-3-pro-image:generateContent?trace=1`, {
    method: "POST",
    headers: { "x-goog-api-key": key },
    body: JSON.stringify({ contents: [{ parts: [{ text: prompt }] }] }),
  });
  return (await res.json()).candidates;
}

// Google's own host, written out: moved without a note.
export async function hosted(key, prompt) {
  const res = await fetch("https://generativelanguage.googleapis.com/v1beta/models/gemini-3-pro-image:generateContent", {
    method: "POST",
    headers: { "x-goog-api-key": key },
    body: JSON.stringify({ contents: [{ text: prompt }], generationConfig: { responseModalities: ["IMAGE"] } }),
  });
  const json = await res.json();
  return json.candidates[0].content.parts.find((part) => part.inlineData)?.inlineData?.mimeType;
}

// A gateway's host: it may not serve /interactions, so the call stays.
export async function gateway(key, prompt) {
  const res = await fetch("https://api.gateway.example/v1beta/models/gemini-3-pro-image:generateContent", {
    method: "POST",
    headers: { "x-goog-api-key": key },
    body: JSON.stringify({ contents: prompt }),
  });
  return res.json();
}
