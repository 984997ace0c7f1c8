// Shut-down preview ids written inside template-literal URLs: renamed in the template's text,
// except where an interpolation continues the id.
const apiKey = process.env.GEMINI_API_KEY;
const API = "https://generativelanguage.googleapis.com/v1beta";
const suffix = process.env.MODEL_SUFFIX;
const body = JSON.stringify({ contents: [{ parts: [{ text: "a paper crane" }] }], generationConfig: { responseModalities: ["IMAGE"] } });

export const whole = () =>
  fetch(`https://generativelanguage.googleapis.com/v1beta/models/gemini-3-pro-image:generateContent`, { method: "POST", headers: { "x-goog-api-key": apiKey }, body });

export const afterBase = () =>
  fetch(`${API}/models/gemini-3.1-flash-image:streamGenerateContent?alt=sse`, { method: "POST", headers: { "x-goog-api-key": apiKey }, body });

export const runsOn = () =>
  fetch(`${API}/models/gemini-3-pro-image-preview${suffix}:generateContent`, { method: "POST", headers: { "x-goog-api-key": apiKey }, body });
