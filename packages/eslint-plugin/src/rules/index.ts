import noMisplacedFields from "./no-misplaced-fields.js";
import noMultipleImages from "./no-multiple-images.js";
import noOpenaiFields from "./no-openai-fields.js";
import noOpenaiSize from "./no-openai-size.js";
import noSnakeCaseFields from "./no-snake-case-fields.js";
import requireImageModality from "./require-image-modality.js";
import validAspectRatio from "./valid-aspect-ratio.js";
import validImageSize from "./valid-image-size.js";

/** Every rule of the plugin, by name. */
export const rules = {
  "no-misplaced-fields": noMisplacedFields,
  "no-multiple-images": noMultipleImages,
  "no-openai-fields": noOpenaiFields,
  "no-openai-size": noOpenaiSize,
  "no-snake-case-fields": noSnakeCaseFields,
  "require-image-modality": requireImageModality,
  "valid-aspect-ratio": validAspectRatio,
  "valid-image-size": validImageSize,
};
