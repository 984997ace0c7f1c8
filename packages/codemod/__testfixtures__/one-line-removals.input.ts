// Removing an object's last property while leaving a note where it stood (issue 11).
const url = "https://generativelanguage.googleapis.com/v1beta/models/gemini-3-pro-image:generateContent";

export const draw = () =>
  fetch(url, { method: "POST", body: JSON.stringify({ contents: [{ parts: [{ text: "a cat" }] }], generationConfig: { responseModalities: ["IMAGE"] }, n: 4 }) });

export const inline = () => fetch(url, { body: JSON.stringify({ contents: [], generationConfig: { responseModalities: ["IMAGE"] }, /* house style */ quality: "hd" }) });

const multiLine = {
  contents: [],
  generationConfig: { responseModalities: ["IMAGE"] },
  n: 4
};
export const lastWithoutComma = () => fetch(url, { body: JSON.stringify(multiLine) });
