import type { LocatedRequest } from "@gemini-image/locator";

/**
 * Why a located image request is not one to move, or `undefined` when it is: the locator said
 * it asks for an image, and its model is one the protocol knows (an Interactions model id then
 * is the same id; facts page "The Interactions API").
 */
export function imageRequestRefusal(request: LocatedRequest): string | undefined {
  const model = request.model;
  if (!model || model.likely || model.resolved.kind !== "known") return "its model is not one the codemod knows for certain";
  // A gateway's alias or prefix, or a resource path, is not the id an interaction's `model` takes.
  if (model.resolved.alias !== undefined || (model.resolved.form !== "id" && model.resolved.form !== "url")) return `its model \`${model.text}\` is not written as a model id`;
  return undefined;
}
