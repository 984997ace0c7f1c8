const KEY_PARAM = /([?&](?:key|api_key|apiKey)=)[^&#\s]*/giu;

/** A URL with any `key=` query value replaced by `***`, safe for messages and logs. */
export function redactUrl(url: string): string {
  return url.replace(KEY_PARAM, "$1***");
}

/** `text` with every occurrence of `secret` replaced by `***` (no-op for an empty secret). */
export function redactSecret(text: string, secret: string | undefined): string {
  return secret ? text.split(secret).join("***") : text;
}
