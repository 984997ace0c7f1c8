/**
 * What to write instead of an OpenAI image field in an Interactions request, where
 * OPENAI_FIELDS' generateContent advice names the wrong fields. Facts page "The Interactions
 * API": image settings go in `response_format: { type: "image", aspect_ratio, image_size,
 * mime_type, delivery }` (`mime_type`: "image/jpeg" is the only value the SDK lists), the prompt
 * in `input`, and the model in the body.
 */
export const INTERACTIONS_OPENAI_INSTEAD: Readonly<Record<string, string>> = {
  size: 'remove it and set response_format { type: "image", image_size, aspect_ratio }',
  quality: 'remove it; for more detail choose a larger response_format image_size ("2K", "4K")',
  output_format: 'remove it; response_format takes mime_type ("image/jpeg" is the only value Google lists)',
  moderation: "remove it and use safety_settings",
  messages: 'use input: a string, or [{ type: "text", text }]',
  prompt: 'put the prompt in input, as a string or { type: "text", text } after any images',
};
