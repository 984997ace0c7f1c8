import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import {
  GEMINI_API_VERSION,
  GENERATE_METHODS,
  INTERACTIONS_PATH,
  modelLifecycle,
  type GeminiApi,
  type Pixels,
} from "@gemini-image/protocol";
import { checkKey, readKey, type KeySource } from "./auth.js";
import { assertFailure, failureAnswer, type ScriptedFailure } from "./failures.js";
import { findModel } from "./find-model.js";
import { badRequest, googleError, modelNotFound, type JsonAnswer } from "./google-errors.js";
import { answerInteraction } from "./interactions-route.js";
import { planGeneration } from "./plan.js";
import { readRequestFields } from "./request-fields.js";
import { buildAnswer, responseBody, streamChunks, type AnswerExtras } from "./response.js";

/**
 * `strict` answers like Google's API. `lenient` answers like many gateways: unknown fields are
 * dropped silently (a body with `size` gets the default 1K square) and gateway model aliases
 * are accepted; everything else is checked as in strict mode.
 */
export type ServerMode = "strict" | "lenient";

/** Options of `startTestServer`. */
export interface TestServerOptions {
  /** Default 127.0.0.1. */
  readonly host?: string;
  /** Default 0: a free port. */
  readonly port?: number;
  /** Default `strict`. */
  readonly mode?: ServerMode;
  /** Failures the next generate and Interactions requests answer with, in order. */
  readonly failures?: readonly ScriptedFailure[];
  /** Interim `thought: true` images before the final image. Default 0. */
  readonly thoughtImages?: number;
  /** A text part before the images: `true` for a stock sentence, or the text itself. */
  readonly textPart?: boolean | string;
  /** The only key accepted (else 400 "API key not valid"). Without it any non-empty key passes. */
  readonly apiKey?: string;
  /**
   * Lenient mode only: `drop` also drops snake_case names (`image_size`), as the `@google/genai`
   * SDK and gateways that re-serialize bodies do. Default `keep`, as Google's parser does.
   */
  readonly snakeCase?: "keep" | "drop";
  /** The day model lifecycles are judged on (shut-down models answer 404). Default: now. */
  readonly today?: Date;
}

/** One request the server received, for assertions. */
export interface RecordedRequest {
  readonly method: string;
  /** Path and query exactly as sent (a `?key=` stays visible: tests check clients never send one). */
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
  readonly rawBody: string;
  /** The parsed JSON body, or `undefined` when it did not parse. */
  readonly body: unknown;
  /** Which API the path addresses; `undefined` for a path that is neither (answered 404). */
  readonly api: GeminiApi | undefined;
  /** The model segment of the path as sent, or for interactions the body's `model` when it is a string. */
  readonly model: string | undefined;
  readonly stream: boolean;
  readonly keySource: KeySource;
  /**
   * Lenient mode: the unknown fields dropped, as written (`size`,
   * `generationConfig.imageConfig.outputMimeType`; for interactions `response_format.mimeType`).
   */
  readonly droppedFields: readonly string[];
  readonly failure: ScriptedFailure | undefined;
  /** The pixels of the answered image, when one was generated. */
  readonly pixels: Pixels | undefined;
  /** The HTTP status answered; `undefined` while the request is still in progress. */
  readonly status: number | undefined;
}

/** A running test server. */
export interface TestServer {
  /** The base URL (`http://127.0.0.1:<port>`); requests go to `${url}/v1beta/models/<id>:generateContent` or `${url}/v1beta/interactions`. */
  readonly url: string;
  readonly mode: ServerMode;
  /** Every request received, oldest first. */
  readonly requests: readonly RecordedRequest[];
  /** Failures not yet used. */
  readonly pendingFailures: readonly ScriptedFailure[];
  /** Appends failures to the queue. */
  script(...failures: readonly ScriptedFailure[]): void;
  /** Stops listening, cuts open connections and cancels slow answers. */
  close(): Promise<void>;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const ROUTE = /^\/(v1[a-z0-9]*)\/models\/([^/:]+):([A-Za-z]+)$/u;
const INTERACTIONS_ROUTE = new RegExp(`^/(v1[a-z0-9]*)/${INTERACTIONS_PATH}$`, "u");
const ACTIONS: ReadonlySet<string> = new Set(GENERATE_METHODS);
/** A safety cap on buffered bodies; Google's own inline limit is lower. */
const MAX_BODY_BYTES = 128 * 1024 * 1024;
const STOCK_TEXT = "Here is the image you asked for.";

function sendJson(response: ServerResponse, answer: JsonAnswer): void {
  const text = JSON.stringify(answer.body);
  response.writeHead(answer.status, { "content-type": "application/json; charset=UTF-8", "content-length": Buffer.byteLength(text) });
  response.end(text);
}

/** Server-Sent Events, one `data: <JSON>` event each, separated by a blank line, as Google streams. */
function writeEvents(response: ServerResponse, events: readonly unknown[]): void {
  response.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
  for (const event of events) response.write(`data: ${JSON.stringify(event)}\r\n\r\n`);
  response.end();
}

async function readBody(request: IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}

function parseJson(text: string): { value: unknown } | undefined {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch {
    return undefined;
  }
}

/** A path segment decoded, or as sent when its %-escapes are malformed (it then names no model). */
function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function validateOptions(options: TestServerOptions): void {
  if (options.mode !== undefined && options.mode !== "strict" && options.mode !== "lenient") {
    throw new TypeError(`mode must be "strict" or "lenient", got ${JSON.stringify(options.mode)}.`);
  }
  if (options.snakeCase !== undefined && options.snakeCase !== "keep" && options.snakeCase !== "drop") {
    throw new TypeError(`snakeCase must be "keep" or "drop", got ${JSON.stringify(options.snakeCase)}.`);
  }
  if (options.snakeCase === "drop" && options.mode !== "lenient") {
    // Google itself accepts snake_case, so a strict server that dropped it would not be Google.
    throw new TypeError('snakeCase: "drop" needs mode: "lenient"; strict mode keeps snake_case as Google does.');
  }
  const thoughts = options.thoughtImages ?? 0;
  if (!Number.isInteger(thoughts) || thoughts < 0) {
    throw new TypeError(`thoughtImages must be a whole number >= 0, got ${JSON.stringify(options.thoughtImages)}.`);
  }
  for (const failure of options.failures ?? []) assertFailure(failure);
}

/**
 * Starts a Gemini-compatible image-generation server for tests. It answers
 * `POST /v1beta/models/{model}:generateContent` and `:streamGenerateContent` (SSE with
 * `?alt=sse`, else a JSON array), and `POST /v1beta/interactions` (SSE with `"stream": true`),
 * with real PNGs whose size is the protocol's pixel table value.
 */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  validateOptions(options);
  const mode = options.mode ?? "strict";
  const extras: AnswerExtras = {
    thoughtImages: options.thoughtImages ?? 0,
    text: options.textPart === true ? STOCK_TEXT : typeof options.textPart === "string" ? options.textPart : undefined,
  };
  const queue: ScriptedFailure[] = [...(options.failures ?? [])];
  const requests: RecordedRequest[] = [];
  const inFlight = new Set<AbortController>();

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? "/", "http://test-server.invalid");
    const rawBody = await readBody(request);
    if (rawBody === undefined) {
      sendJson(response, googleError(400, "INVALID_ARGUMENT", `Request payload size exceeds the limit: ${MAX_BODY_BYTES} bytes.`));
      return;
    }
    const route = ROUTE.exec(url.pathname);
    const interactionsRoute = route ? undefined : INTERACTIONS_ROUTE.exec(url.pathname);
    const parsed = parseJson(rawBody);
    const key = readKey(request, url);
    const bodyObject = parsed && typeof parsed.value === "object" && parsed.value !== null ? (parsed.value as Record<string, unknown>) : {};
    const record: Mutable<RecordedRequest> = {
      method: request.method ?? "",
      url: request.url ?? "",
      headers: request.headers,
      rawBody,
      body: parsed?.value,
      api: route ? "generate-content" : interactionsRoute ? "interactions" : undefined,
      model: route ? safeDecode(route[2]!) : typeof bodyObject.model === "string" ? bodyObject.model : undefined,
      stream: route ? route[3] === "streamGenerateContent" : bodyObject.stream === true,
      keySource: key.source,
      droppedFields: [],
      failure: undefined,
      pixels: undefined,
      status: undefined,
    };
    requests.push(record);
    const answer = (result: JsonAnswer): void => {
      record.status = result.status;
      sendJson(response, result);
    };

    const known = route ? ACTIONS.has(route[3]!) : interactionsRoute !== null && interactionsRoute !== undefined;
    if (request.method !== "POST" || !known) {
      answer(googleError(404, "NOT_FOUND", `Method not found: ${request.method} ${url.pathname}`));
      return;
    }
    // The key is checked by Google's front end before either API sees the body: the same answers for both.
    const denied = checkKey(key, options.apiKey);
    if (denied) return answer(denied);

    const failure = queue.shift();
    if (failure) {
      record.failure = failure;
      const scripted = failureAnswer(failure);
      if (scripted) return answer(scripted);
      if (failure.kind === "slow") {
        const controller = new AbortController();
        inFlight.add(controller);
        response.once("close", () => controller.abort());
        try {
          await sleep(failure.delayMs, undefined, { signal: controller.signal });
        } catch {
          // The client went away or the server is closing: nobody is left to answer.
          response.destroy();
          return;
        } finally {
          inFlight.delete(controller);
        }
      }
    }

    if (!route) {
      const result = answerInteraction({ version: interactionsRoute![1]!, rawBody, parsed, mode, today: options.today, extras, record });
      if ("events" in result) {
        record.status = 200;
        writeEvents(response, result.events);
        return;
      }
      return answer(result);
    }

    const version = route[1]!;
    const modelName = record.model!;
    const model = findModel(modelName, mode);
    if (!model || version !== GEMINI_API_VERSION || modelLifecycle(model.id, options.today) === "shut-down") {
      return answer(modelNotFound(modelName, version));
    }

    // An empty body is an empty message, which then lacks contents.
    const value = rawBody.trim() === "" ? {} : parsed?.value;
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      return answer(googleError(400, "INVALID_ARGUMENT", "Invalid JSON payload received. Unexpected token."));
    }
    const fields = readRequestFields(value as Record<string, unknown>, { camelOnly: options.snakeCase === "drop" });
    const violations = mode === "strict" ? [...fields.unknown, ...fields.undecodable] : fields.undecodable;
    if (violations.length > 0) return answer(badRequest(violations));
    if (mode === "lenient") record.droppedFields = fields.unknownPaths;

    const planned = planGeneration(model, fields.body);
    if ("answer" in planned) return answer(planned.answer);
    const { plan } = planned;
    if (plan.image) record.pixels = plan.pixels;
    const generated = buildAnswer(plan, extras, rawBody);
    record.status = 200;

    if (!record.stream) {
      sendJson(response, { status: 200, body: responseBody(generated) });
      return;
    }
    const chunks = streamChunks(generated);
    if (url.searchParams.get("alt") === "sse") {
      writeEvents(response, chunks);
      return;
    }
    // Without alt=sse Google streams one JSON array, element by element.
    response.writeHead(200, { "content-type": "application/json; charset=UTF-8" });
    chunks.forEach((chunk, i) => response.write(`${i === 0 ? "[" : ",\r\n"}${JSON.stringify(chunk)}`));
    response.write("]");
    response.end();
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (response.headersSent) {
        response.destroy();
        return;
      }
      sendJson(response, googleError(500, "INTERNAL", `Test server error: ${error instanceof Error ? error.message : String(error)}`));
    });
  });

  const host = options.host ?? "127.0.0.1";
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://${host.includes(":") ? `[${host}]` : host}:${port}`,
    mode,
    requests,
    get pendingFailures() {
      return [...queue];
    },
    script(...failures) {
      for (const failure of failures) assertFailure(failure);
      queue.push(...failures);
    },
    close() {
      for (const controller of inFlight) controller.abort();
      return new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
    },
  };
}
