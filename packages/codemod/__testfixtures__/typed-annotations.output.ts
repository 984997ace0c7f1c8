// A field goes into an annotated object only when its type is seen to declare it. Every
// request here asks for an image through its imageConfig, so each needs responseModalities.
import { GoogleGenAI, type GenerateContentParameters } from "@google/genai";

const url = "https://generativelanguage.googleapis.com/v1beta/models/gemini-3-pro-image:generateContent";

interface NarrowBody {
  contents: unknown[];
  generationConfig?: { temperature?: number; imageConfig?: { aspectRatio?: string } };
}

interface ImageBody {
  contents: unknown[];
  generationConfig?: { temperature?: number; responseModalities?: string[]; imageConfig?: { aspectRatio?: string; imageSize?: string } };
}

type LooseBody = { contents: unknown[]; generationConfig?: Record<string, unknown> };

const narrow: NarrowBody = {
  contents: [],
  // gemini-image(undeclared-field): add responseModalities: ["IMAGE"] to generationConfig by hand: `NarrowBody.generationConfig` declares no `responseModalities`, so the edit would not type-check. Add the field to the type or cast the object.
  generationConfig: { temperature: 0.2, imageConfig: { aspectRatio: "1:1" } },
};
export const a = () => fetch(url, { method: "POST", body: JSON.stringify(narrow) });

const image: ImageBody = { contents: [], generationConfig: { temperature: 0.2, imageConfig: { aspectRatio: "1:1" }, responseModalities: ["IMAGE"] } };
export const b = () => fetch(url, { method: "POST", body: JSON.stringify(image) });

export const c = () => fetch(url, { method: "POST", body: JSON.stringify({ contents: [], generationConfig: { temperature: 1, imageConfig: { aspectRatio: "1:1" }, responseModalities: ["IMAGE"] } } satisfies LooseBody) });

export const d = () => fetch(url, { method: "POST", body: JSON.stringify({ contents: [], /* gemini-image(undeclared-field): add responseModalities: ["IMAGE"] to generationConfig by hand: `NarrowBody.generationConfig` declares no `responseModalities`, so the edit would not type-check. Add the field to the type or cast the object. */ generationConfig: { temperature: 1, imageConfig: { aspectRatio: "1:1" } } } as NarrowBody) });

function send(body: NarrowBody & { imageConfig?: { aspectRatio?: string } }) {
  return fetch(url, { method: "POST", body: JSON.stringify(body) });
}
export const e = () => send({ contents: [], /* gemini-image(undeclared-field): add responseModalities: ["IMAGE"] to generationConfig by hand: `NarrowBody.generationConfig` declares no `responseModalities`, so the edit would not type-check. Add the field to the type or cast the object. */ generationConfig: { temperature: 1, imageConfig: { aspectRatio: "16:9" } } });

const anything: any = { contents: [], generationConfig: { temperature: 1, imageConfig: { aspectRatio: "1:1" }, responseModalities: ["IMAGE"] } };
export const f = () => fetch(url, { method: "POST", body: JSON.stringify(anything) });

const ai = new GoogleGenAI({});
const params: GenerateContentParameters = { model: "gemini-3-pro-image", contents: "a fox", config: { temperature: 1, imageConfig: { aspectRatio: "1:1" }, responseModalities: ["IMAGE"] } };
export const g = () => ai.models.generateContent(params);
