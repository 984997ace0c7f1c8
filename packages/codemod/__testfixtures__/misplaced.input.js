export function buildRequest(prompt) {
  return {
    contents: [{ parts: [{ text: prompt }] }],
    imageConfig: { aspectRatio: "16:9" },
    generationConfig: {
      temperature: 0.4,
      imageSize: "2K",
    },
  };
}
