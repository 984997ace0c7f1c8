import { imageSizeCheck, locatorContext } from "@gemini-image/locator";
import { fixGroup } from "../finding-fix.js";
import type { RequestTransform } from "./types.js";

/**
 * `imageSize: "1k"` → `"1K"`: Google rejects lowercase. The check and fix are the ones
 * `valid-image-size` autofixes with (the locator's `imageSizeCheck`): a case or space slip onto
 * a value the request's model accepts, when the model is certain; anything else needs a person
 * (the ESLint rule reports it).
 */
export const imageSizeCase: RequestTransform = {
  name: "image-size-case",
  run(request, { sourceCode }) {
    return fixGroup(imageSizeCheck(locatorContext({ sourceCode, settings: {} }), request)?.fix);
  },
};
