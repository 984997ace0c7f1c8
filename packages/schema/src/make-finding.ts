import { describeFinding, type FindingId, type FindingParams } from "@gemini-image/protocol";
import type { Finding, FixOperation } from "./finding.js";

/** A finding with the protocol's words for `code`. */
export function makeFinding<I extends FindingId>(
  code: I,
  path: string,
  params: FindingParams<I>,
  fix?: readonly FixOperation[],
): Finding {
  const { severity, message } = describeFinding(code, params);
  return fix && fix.length > 0 ? { code, severity, path, message, fix } : { code, severity, path, message };
}
