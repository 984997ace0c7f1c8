export function buildRequest(prompt) {
  return {
    contents: [{ parts: [{ text: prompt }] }],
    generationConfig: {
      temperature: 0.4,
      imageConfig: { aspectRatio: "16:9", imageSize: "2K" },
      responseModalities: ["IMAGE"],
    },
  };
}
