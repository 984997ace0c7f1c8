import type { Classification } from "./classification.js";
import { RESPONSE_MODALITIES } from "./fields.js";

/** A `responseModalities` value Google documents. */
export type ResponseModality = (typeof RESPONSE_MODALITIES)[number];

/**
 * The modality a written value names in any case: `"IMAGE"`, `"image"` and `"Image"` (Google's
 * own 2.0 sample wrote `['Text', 'Image']`) all name IMAGE. Whether Google accepts other cases
 * than uppercase is UNCONFIRMED (facts page "Request"), so the case is a warning of its own and
 * never decides whether an image was asked for.
 */
export function modalityOf(written: string): ResponseModality | undefined {
  const upper = written.trim().toUpperCase();
  return (RESPONSE_MODALITIES as readonly string[]).includes(upper) ? (upper as ResponseModality) : undefined;
}

/** What is wrong with the `responseModalities` of a request, one entry per finding. */
export type ModalityProblem =
  | { readonly id: "missing-response-modalities"; readonly present?: readonly string[] }
  | { readonly id: "response-modality-case"; readonly index: number; readonly value: string; readonly expected: ResponseModality };

/**
 * The one verdict on `responseModalities` that the ESLint rule, the validator and `check` share.
 * `values` is the list as written, `undefined` for an element whose value is not known, or
 * `undefined` as a whole when the field is absent. Only image requests (see `classifyEvidence`)
 * get findings: a text request has no reason to ask for IMAGE.
 *
 * - Absent: `missing-response-modalities` (a warning) only when the request's own settings ask
 *   for an image (an `imageConfig` in place, the seed's pitfall 4; a misplaced one is moved
 *   first by its own finding). A request whose only evidence is its
 *   model is left alone: Google's image guide opens with a call to an image model that sends no
 *   generationConfig and gets an image, so reporting it would report Google's own sample.
 * - Present without IMAGE in any case: "must contain IMAGE for an image" (facts page "Request"):
 *   `missing-response-modalities` with the values present. Unknown elements could be IMAGE, so
 *   a list with one says nothing.
 * - IMAGE in another case than uppercase: only `response-modality-case` (UNCONFIRMED: warn).
 */
export function modalityProblems(values: readonly (string | undefined)[] | undefined, classification: Classification): ModalityProblem[] {
  if (classification.verdict !== "image") return [];
  if (values === undefined) {
    const asked = classification.evidence.some((e) => e.kind === "image-config" && e.misplaced !== true);
    return asked ? [{ id: "missing-response-modalities" }] : [];
  }
  const problems: ModalityProblem[] = [];
  values.forEach((value, index) => {
    const modality = value === undefined ? undefined : modalityOf(value);
    if (value !== undefined && modality !== undefined && value !== modality) {
      problems.push({ id: "response-modality-case", index, value, expected: modality });
    }
  });
  const known = values.filter((value) => value !== undefined);
  if (known.length === values.length && !known.some((value) => modalityOf(value) === "IMAGE")) {
    problems.push({ id: "missing-response-modalities", present: known });
  }
  return problems;
}
