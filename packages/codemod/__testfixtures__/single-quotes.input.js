// A codebase that writes single quotes: what the codemod adds follows it.
const { toBase64 } = require('./util');

module.exports = async function send(prompt, key) {
  return fetch('https://generativelanguage.googleapis.com/v1beta/models/gemini-3.1-flash-image:generateContent', {
    method: 'POST',
    headers: { 'x-goog-api-key': key },
    body: JSON.stringify({
      contents: [{ parts: [{ text: prompt }] }],
      size: '1024x1792',
      image_config: { image_size: '1k' },
    }),
  });
};
