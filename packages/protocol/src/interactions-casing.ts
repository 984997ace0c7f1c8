/**
 * Every field of the Interactions API is snake_case (facts page "The Interactions API";
 * SOURCES.genaiDeclarations, `CreateModelInteraction`): `responseFormat` is written
 * `response_format`. The rename is mechanical, so it is a function rather than a table; whether
 * the result is a field at all is for the Interactions field catalog to say.
 */

/** The snake_case spelling of a camelCase name (`imageSize` → `image_size`); other names as they are. */
export function snakeCaseName(name: string): string {
  if (!/^[a-z][a-zA-Z0-9]*$/u.test(name) || !/[A-Z]/u.test(name)) return name;
  return name.replace(/[A-Z]/gu, (letter) => `_${letter.toLowerCase()}`);
}
