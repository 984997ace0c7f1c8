// Two neighbours moved in one rewrite: their removals share the comma between them.
import { GoogleGenAI } from "@google/genai";

const ai = new GoogleGenAI({});

export const multiLine = () =>
  ai.models.generateContent({
    model: "gemini-3-pro-image",
    contents: "a red fox",
    config: { temperature: 1, imageConfig: { imageSize: "1K" }, responseModalities: ["IMAGE"] }
    // last, without a comma
  });

export const oneLine = () => ai.models.generateContent({ model: "gemini-3-pro-image", contents: "a red fox", config: { temperature: 1, imageConfig: { imageSize: "1K" }, responseModalities: ["IMAGE"] } });

// A moved property written over several lines takes the indentation of its new object.
export const reindented = () =>
  ai.models.generateContent({
    model: "gemini-3-pro-image",
    contents: "a red fox",
    config: {
      temperature: 1,
      imageConfig: {
        imageSize: "1K",
      },
      responseModalities: ["IMAGE"],
    },
  });
