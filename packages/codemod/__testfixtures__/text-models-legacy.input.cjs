// Legacy SDK text calls, migrated with --model: none of them asks for an image.
const { GoogleGenerativeAI } = require("@google/generative-ai");

const genAI = new GoogleGenerativeAI(process.env.GEMINI_API_KEY);
const TEXT_MODEL = "gemini-1.5-flash";

async function classify(text) {
  const model = genAI.getGenerativeModel({ model: TEXT_MODEL, generationConfig: { responseMimeType: "application/json" } });
  const result = await model.generateContent(text);
  return result.response.text();
}

async function reply(modelName, history, message) {
  // The model is a parameter: --model must not make this chat an image request.
  const model = genAI.getGenerativeModel({ model: modelName, generationConfig: { temperature: 0.7 } });
  return model.startChat({ history }).sendMessage(message);
}

module.exports = { classify, reply };
