// A codebase that writes single quotes: what the codemod adds follows it.
const { toBase64 } = require('./util');

module.exports = async function send(prompt, key) {
  return fetch('https://generativelanguage.googleapis.com/v1beta/models/gemini-3.1-flash-image:generateContent', {
    method: 'POST',
    headers: { 'x-goog-api-key': key },
    body: JSON.stringify({
      contents: [{ parts: [{ text: prompt }] }],
      generationConfig: { /* gemini-image(size-conflict): size "1024x1792" was removed; the existing imageSize '1K' (the size maps to "2K") was kept. Check which one you want. */ imageConfig: { imageSize: '1K', aspectRatio: '9:16' }, responseModalities: ['IMAGE'] },
    }),
  });
};
