import { existsSync } from "node:fs";

/** Set to `1` to skip the playground's browser test where Chromium cannot be installed. */
export const SKIP_ENV = "PLAYGROUND_SKIP_BROWSER";

/** Where Debian's and Ubuntu's chromium packages put the browser; GEMINI_IMAGE_CHROMIUM overrides. */
const CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/snap/bin/chromium"];

/**
 * The Chromium to drive, from the environment or the usual system paths. playwright-core
 * never downloads one: the test uses the system's package (see .ci/run).
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const named = env.GEMINI_IMAGE_CHROMIUM;
  if (named) return existsSync(named) ? named : undefined;
  return CANDIDATES.find((path) => existsSync(path));
}

/** The message of a run without Chromium: how to get it, or how to skip on purpose. */
export const MISSING_CHROMIUM = `The playground browser test needs Chromium and found none (looked at GEMINI_IMAGE_CHROMIUM and ${CANDIDATES.join(", ")}).
Install it (Debian/Ubuntu: apt-get install -y chromium; .ci/run does this), point GEMINI_IMAGE_CHROMIUM at a Chromium binary,
or set ${SKIP_ENV}=1 to skip this test on purpose.`;
