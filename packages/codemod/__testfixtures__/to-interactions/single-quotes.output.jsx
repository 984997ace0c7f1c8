import { GoogleGenAI } from '@google/genai'

const ai = new GoogleGenAI({ apiKey: process.env.GEMINI_API_KEY })

// A React handler in single quotes and without semicolons: the move keeps both.
export function Generate({ prompt, onImage }) {
  async function go() {
    const response = await ai.interactions.create({
      model: 'gemini-3-pro-image',
      input: `Draw ${prompt}`,
      response_format: { type: 'image', aspect_ratio: '9:16' },
    })
    onImage(response.output_image?.mime_type)
  }
  return <button onClick={go}>Draw</button>
}
