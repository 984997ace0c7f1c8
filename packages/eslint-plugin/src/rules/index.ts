import noApiKeyInUrl from "./no-api-key-in-url.js";
import noCamelCaseInteractionFields from "./no-camel-case-interaction-fields.js";
import noDataUrlInlineData from "./no-data-url-inline-data.js";
import noDeprecatedInteractionFields from "./no-deprecated-interaction-fields.js";
import noExcessInputImages from "./no-excess-input-images.js";
import noGenerateContentShapeInInput from "./no-generate-content-shape-in-input.js";
import noMisplacedFields from "./no-misplaced-fields.js";
import noMultipleImages from "./no-multiple-images.js";
import noOpenaiFields from "./no-openai-fields.js";
import noOpenaiSize from "./no-openai-size.js";
import noSnakeCaseFields from "./no-snake-case-fields.js";
import preferConfirmedAspectRatio from "./prefer-confirmed-aspect-ratio.js";
import preferImagesBeforeText from "./prefer-images-before-text.js";
import preferLastImagePart from "./prefer-last-image-part.js";
import requireImageModality from "./require-image-modality.js";
import validAspectRatio from "./valid-aspect-ratio.js";
import validImageSize from "./valid-image-size.js";
import validInteractionResponse from "./valid-interaction-response.js";
import validModelId from "./valid-model-id.js";

/** Every rule of the plugin, by name. */
export const rules = {
  "no-api-key-in-url": noApiKeyInUrl,
  "no-camel-case-interaction-fields": noCamelCaseInteractionFields,
  "no-data-url-inline-data": noDataUrlInlineData,
  "no-deprecated-interaction-fields": noDeprecatedInteractionFields,
  "no-excess-input-images": noExcessInputImages,
  "no-generate-content-shape-in-input": noGenerateContentShapeInInput,
  "no-misplaced-fields": noMisplacedFields,
  "no-multiple-images": noMultipleImages,
  "no-openai-fields": noOpenaiFields,
  "no-openai-size": noOpenaiSize,
  "no-snake-case-fields": noSnakeCaseFields,
  "prefer-confirmed-aspect-ratio": preferConfirmedAspectRatio,
  "prefer-images-before-text": preferImagesBeforeText,
  "prefer-last-image-part": preferLastImagePart,
  "require-image-modality": requireImageModality,
  "valid-aspect-ratio": validAspectRatio,
  "valid-image-size": validImageSize,
  "valid-interaction-response": validInteractionResponse,
  "valid-model-id": validModelId,
};
