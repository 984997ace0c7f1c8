// REST with fetch: the URL names the model; the answer is the wire JSON.
export async function generate(base, key, prompt) {
  // gemini-image(to-interactions): moved to the Interactions API: check that `${base}` serves v1beta/interactions (Google's API does; a gateway may not).
  const response = await fetch(`${base}/v1beta/interactions`, {
    method: "POST",
    headers: { "x-goog-api-key": key, "content-type": "application/json" },
    body: JSON.stringify({
      model: "gemini-3-pro-image",
      input: [{ type: "text", text: prompt }],
      response_format: [{ type: "text" }, { type: "image", aspect_ratio: "3:2", image_size: "1K" }],
    }),
  });
  if (!response.ok) throw new Error(await response.text());
  const json = await response.json();
  return (json.steps ?? []).flatMap((step) => (step.type === "model_output" ? (step.content ?? []) : [])).filter((entry) => entry.type === "image").at(-1)?.data;
}

// The model from a const, a system instruction as a Content, snake_case settings.
const MODEL = "gemini-3.1-flash-image";
export async function sketch(base, key, prompt, png) {
  // gemini-image(to-interactions): moved to the Interactions API: check that `${base}` serves v1beta/interactions (Google's API does; a gateway may not).
  const res = await fetch(`${base}/v1beta/interactions`, {
    method: "POST",
    headers: { "x-goog-api-key": key, "content-type": "application/json" },
    body: JSON.stringify({
      model: MODEL,
      input: [{ type: "image", data: png, mime_type: "image/png" }, { type: "text", text: prompt }],
      response_format: { type: "image", aspect_ratio: "1:1" },
      system_instruction: "Pencil only.",
      generation_config: { top_p: 0.9 },
    }),
  });
  const data = await res.json();
  for (const part of (data.steps ?? []).flatMap((step) => (step.type === "model_output" ? (step.content ?? []) : []))) {
    if (!(part.type === "image")) continue;
    return part.data;
  }
  return undefined;
}

// Streaming: the request moves only when its events are read in a way the codemod knows; here not.
export async function streamed(base, key, prompt) {
  // gemini-image(to-interactions): not moved to the Interactions API: a streamed answer comes as Interactions events (step.delta …), not chunks with candidates; its reading loop is a person's rewrite. See docs/codemod.md, "Moving to the Interactions API".
  const res = await fetch(`${base}/v1beta/models/gemini-3-pro-image:streamGenerateContent?alt=sse`, {
    method: "POST",
    headers: { "x-goog-api-key": key, "content-type": "application/json" },
    body: JSON.stringify({ contents: [{ parts: [{ text: prompt }] }] }),
  });
  return res.body;
}

// A query besides alt=sse: whether /interactions takes it is unconfirmed, so the call stays.
export async function traced(key, prompt) {
  // gemini-image(to-interactions): not moved to the Interactions API: its URL is not a literal ending in /v1beta/models/{model}:generateContent the codemod can rewrite. See docs/codemod.md, "Moving to the Interactions API".
  const res = await fetch(`https://generativelanguage.googleapis.com/v1beta/models/gemini-3-pro-image:generateContent?trace=1`, {
    method: "POST",
    headers: { "x-goog-api-key": key },
    body: JSON.stringify({ contents: [{ parts: [{ text: prompt }] }] }),
  });
  return (await res.json()).candidates;
}

// Google's own host, written out: moved without a note.
export async function hosted(key, prompt) {
  const res = await fetch("https://generativelanguage.googleapis.com/v1beta/interactions", {
    method: "POST",
    headers: { "x-goog-api-key": key },
    body: JSON.stringify({ model: "gemini-3-pro-image", input: [{ type: "text", text: prompt }], response_format: { type: "image" } }),
  });
  const json = await res.json();
  return (json.steps ?? []).flatMap((step) => (step.type === "model_output" ? (step.content ?? []) : [])).filter((entry) => entry.type === "image").at(-1)?.mime_type;
}

// A gateway's host: it may not serve /interactions, so the call stays.
export async function gateway(key, prompt) {
  // gemini-image(to-interactions): not moved to the Interactions API: its URL goes to `https://api.gateway.example`, not Google's API, and a gateway may not serve /interactions. See docs/codemod.md, "Moving to the Interactions API".
  const res = await fetch("https://api.gateway.example/v1beta/models/gemini-3-pro-image:generateContent", {
    method: "POST",
    headers: { "x-goog-api-key": key },
    body: JSON.stringify({ contents: prompt }),
  });
  return res.json();
}
