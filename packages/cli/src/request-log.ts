import { subscribe, unsubscribe } from "node:diagnostics_channel";
import type { IncomingMessage, ServerResponse } from "node:http";
import { redactKey, validate } from "@gemini-image/schema";
import type { RecordedRequest, TestServer } from "@gemini-image/test-server";

// Node publishes every HTTP request of the process on these channels (node:diagnostics_channel):
// the test server needs no hook, and `serve` runs no other server.
const START = "http.server.request.start";
const FINISH = "http.server.response.finish";

/** The finding ids of a recorded body, as the validator sees them; `-` for none. */
function findingIds(record: RecordedRequest | undefined): string {
  if (!record || record.api === undefined || record.method !== "POST") return "-";
  if (record.body === undefined) return record.rawBody.trim() === "" ? "-" : "invalid-body";
  const ids = new Set(validate(record.body, { model: record.model, api: record.api }).findings.map((f) => f.code));
  return ids.size > 0 ? [...ids].join(",") : "-";
}

/**
 * Writes one line per answered request of `server`: method, path (without `key=`), status,
 * the body's finding ids, and milliseconds from the request's arrival to the last byte out:
 * `POST /v1beta/models/gemini-3-pro-image:generateContent 400 openai-size 4ms`.
 * Answers the function that stops logging.
 */
export function logRequests(server: TestServer, write: (line: string) => void): () => void {
  const started = new WeakMap<IncomingMessage, bigint>();
  const onStart = (message: unknown): void => {
    started.set((message as { request: IncomingMessage }).request, process.hrtime.bigint());
  };
  const onFinish = (message: unknown): void => {
    const { request, response } = message as { request: IncomingMessage; response: ServerResponse };
    const start = started.get(request);
    if (start === undefined) return;
    const ms = Number((process.hrtime.bigint() - start) / 1_000_000n);
    // The server records each request with the very headers object of its IncomingMessage.
    const record = server.requests.findLast((r) => r.headers === request.headers);
    write(`${request.method ?? "?"} ${redactKey(request.url ?? "/")} ${response.statusCode} ${findingIds(record)} ${ms}ms`);
  };
  subscribe(START, onStart);
  subscribe(FINISH, onFinish);
  return () => {
    unsubscribe(START, onStart);
    unsubscribe(FINISH, onFinish);
  };
}
