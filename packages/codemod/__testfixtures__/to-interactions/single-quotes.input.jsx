import { GoogleGenAI } from '@google/genai'

const ai = new GoogleGenAI({ apiKey: process.env.GEMINI_API_KEY })

// A React handler in single quotes and without semicolons: the move keeps both.
export function Generate({ prompt, onImage }) {
  async function go() {
    const response = await ai.models.generateContent({
      model: 'gemini-3-pro-image',
      contents: `Draw ${prompt}`,
      config: { responseModalities: ['IMAGE'], imageConfig: { aspectRatio: '9:16' } },
    })
    onImage(response.candidates?.[0]?.content?.parts?.find((p) => p.inlineData)?.inlineData?.mimeType)
  }
  return <button onClick={go}>Draw</button>
}
