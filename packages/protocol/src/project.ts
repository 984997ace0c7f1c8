/** The project's home, for links from messages and rule docs. */
export const PROJECT_URL = "https://github.com/gemini-image/gemini-image";

/** The browsable URL of a file in the project's repository (`docs/findings/openai-size.md`). */
export function projectFileUrl(path: string): string {
  return `${PROJECT_URL}/blob/main/${path}`;
}
