const { GoogleGenerativeAI } = require("@google/generative-ai");

const genAI = new GoogleGenerativeAI(process.env.GEMINI_API_KEY);
const model = genAI.getGenerativeModel({
  model: "gemini-2.5-flash-image",
  generationConfig: { imageConfig: { aspectRatio: "16:9" }, candidateCount: 2, responseModalities: ["IMAGE"] },
});

module.exports = async function draw(prompt) {
  return model.generateContent(prompt);
};
