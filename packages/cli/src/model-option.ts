import { ProtocolError, requireModel, type ImageModel } from "@gemini-image/protocol";
import { UsageError } from "./io.js";

/**
 * Reads a `--model` value in any form the protocol resolves (id, `models/<id>`, URL, alias);
 * the protocol's error (with its "did you mean") becomes a usage error, exit 2.
 */
export function modelOption(text: string): ImageModel {
  try {
    return requireModel(text);
  } catch (error) {
    if (error instanceof ProtocolError) throw new UsageError(error.message);
    throw error;
  }
}
