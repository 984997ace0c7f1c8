import { resolveModel, type KnownModel } from "@gemini-image/protocol";
import { UsageError } from "./io.js";

/**
 * Reads a `--model` value: any form `resolveModel` knows (id, `models/<id>`, URL, alias), or a
 * UsageError (exit 2) that suggests the nearest id.
 */
export function modelOption(text: string): KnownModel {
  const resolved = resolveModel(text);
  if (resolved.kind === "known") return resolved;
  const hint = resolved.suggestion ? ` Did you mean "${resolved.suggestion}"?` : "";
  throw new UsageError(`"${text}" is not a Gemini image model.${hint}`);
}
