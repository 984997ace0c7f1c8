// HAR reading lives in protocol so the browser playground reads captures the same way.
export { harGeminiRequests, isHar, type HarRequest } from "@gemini-image/protocol";
