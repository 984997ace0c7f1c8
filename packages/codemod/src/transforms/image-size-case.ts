import { imageSizeFinding } from "@gemini-image/protocol";
import { checkedModel, field, imageConfigOf } from "@gemini-image/locator";
import type { RequestTransform } from "./types.js";
import { replaceLiteral } from "./value-fix.js";

/**
 * `imageSize: "1k"` → `"1K"`: Google rejects lowercase ("Lowercase parameters (e.g., 1k) will
 * be rejected"). The fix is the one `valid-image-size` autofixes (the protocol's
 * `imageSizeFinding`): a case or space slip onto a value the request's model accepts, when the
 * model is certain; anything else needs a person (the ESLint rule reports it).
 */
export const imageSizeCase: RequestTransform = {
  name: "image-size-case",
  run(request, { sourceCode }) {
    const model = checkedModel(request);
    return replaceLiteral(sourceCode, field(imageConfigOf(request), "imageSize"), (text) => imageSizeFinding(text, model)?.fix);
  },
};
