import type { RequestTransform } from "../transforms/types.js";
import { chats } from "./chats.js";
import { restRequest } from "./rest-request.js";
import { sdkRequest } from "./sdk-request.js";

/**
 * `migrate --to interactions`: generateContent image requests moved to the Interactions API,
 * after the ordinary transforms have fixed them (sizes mapped, names cased), so the move starts
 * from a request that is right for generateContent. Each request moves whole or not at all.
 */
export const TO_INTERACTIONS: readonly RequestTransform[] = [sdkRequest, restRequest, chats];

export { MIGRATION_TARGETS, type MigrationTarget } from "@gemini-image/protocol";
