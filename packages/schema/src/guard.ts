import type { IncomingMessage, ServerResponse } from "node:http";
import { INLINE_DATA_LIMIT_BYTES, apiOfUrl, resolveModel, type GeminiApi, type ModelRef } from "@gemini-image/protocol";
import type { Finding } from "./finding.js";
import { BodyAborted, BodyTooLarge, readAndKeepBody, replaceKeptBody, setBodyLength } from "./guard-body.js";
import { googleBadRequest, googleError, type GoogleErrorBody } from "./google-error.js";
import { interactionsBadRequest, interactionsError, type InteractionsErrorBody } from "./interactions-error.js";
import { makeFinding } from "./make-finding.js";
import { repair, type RepairChange } from "./repair.js";
import { validate } from "./validate.js";

/** `reject` answers 400 for bodies with errors; `repair` fixes what it can and forwards; `report` only logs. */
export type GuardMode = "reject" | "repair" | "report";

/** One checked request, as the guard logs it. */
export interface GuardLogEntry {
  readonly action: "passed" | "rejected" | "repaired" | "reported";
  readonly method: string;
  /** The request URL without its `key` query parameter. */
  readonly url: string;
  readonly model: string | undefined;
  /** The API the body was checked for: from the URL, else from the body's keys. */
  readonly api: GeminiApi;
  readonly findings: readonly Finding[];
  readonly changes: readonly RepairChange[];
}

/** Options of `createGuard`. */
export interface GuardOptions {
  readonly mode: GuardMode;
  /**
   * The model bodies are sent to; default: the `models/<id>` in each request's path. An
   * interaction's own `model` field wins over it, as at Google.
   */
  readonly model?: ModelRef;
  /** Which requests are checked; default: POSTs to `:generateContent`, `:streamGenerateContent` or `/interactions`. */
  readonly match?: (method: string, url: string) => boolean;
  /** Where log entries go; default: one line per request with findings on console.warn. `false`: nowhere. */
  readonly log?: ((entry: GuardLogEntry) => void) | false;
  /** Largest body read, in bytes; default: the inline data limit plus 16 MiB for the rest. */
  readonly maxBodyBytes?: number;
}

/** What the guard decided for one body. */
export type GuardDecision =
  | { readonly action: "respond"; readonly status: number; readonly payload: GoogleErrorBody | InteractionsErrorBody }
  | { readonly action: "forward"; readonly body: unknown; readonly text: string; readonly changed: boolean };

/** A Node request as Express/Connect leave it: maybe with a parsed `body` already. */
export type GuardedRequest = IncomingMessage & { body?: unknown; rawBody?: Buffer };
type NodeHandler = (req: GuardedRequest, res: ServerResponse) => unknown;
type NextFunction = (error?: unknown) => void;

/** The guard in its three shapes. */
export interface Guard {
  /** Checks one body (JSON text or parsed) sent to `url`. */
  check(body: string | unknown, request?: { method?: string; url?: string }): GuardDecision;
  /**
   * Wraps a Node `http` handler. The handler gets `req.body` (the parsed, maybe repaired
   * body), `req.rawBody` (its bytes), and the request stream itself holding those same bytes
   * with a matching content-length, so a handler that pipes `req` upstream works unchanged.
   */
  node(handler: NodeHandler): (req: IncomingMessage, res: ServerResponse) => Promise<void>;
  /** Express/Connect middleware; sets `req.body`, `req.rawBody` and the readable stream like `node`. */
  middleware(req: IncomingMessage, res: ServerResponse, next: NextFunction): void;
  /** Fetch-style runtimes: answers a 400 Response, or the Request to forward (repaired in repair mode). */
  fetch(request: Request): Promise<Request | Response>;
}

const GEMINI_CALL = /:(?:stream)?generateContent(?:$|[?#])/iu;
const defaultMatch = (method: string, url: string): boolean =>
  method.toUpperCase() === "POST" && (GEMINI_CALL.test(url) || apiOfUrl(url) === "interactions");

/** Each API answers errors in its own format: clients parse the one they expect. */
function badRequest(api: GeminiApi, findings: readonly Finding[]): GoogleErrorBody | InteractionsErrorBody {
  return api === "interactions" ? interactionsBadRequest(findings) : googleBadRequest(findings);
}

/** The URL without `key=` in its query: API keys must not reach logs. */
export function redactKey(url: string): string {
  return url.replace(/([?&])key=[^&#]*(&?)/giu, (_, lead: string, tail: string) => (tail ? lead : "")).replace(/[?&]$/u, "");
}

function defaultLog(entry: GuardLogEntry): void {
  if (entry.findings.length === 0 && entry.changes.length === 0) return;
  const lines = [
    `gemini-image guard: ${entry.action} ${entry.method} ${entry.url}`,
    ...entry.changes.map((c) => `  changed: ${c.description}`),
    ...entry.findings.map((f) => `  ${f.severity} ${f.code} at ${f.path || "(body)"}: ${f.message}`),
  ];
  console.warn(lines.join("\n"));
}

function send(res: ServerResponse, status: number, payload: GoogleErrorBody | InteractionsErrorBody): void {
  const text = JSON.stringify(payload);
  res.writeHead(status, { "content-type": "application/json; charset=UTF-8", "content-length": Buffer.byteLength(text) });
  res.end(text);
}

/**
 * A guard for servers and proxies that forward generateContent or Interactions requests to
 * Gemini: usable as a Node `http` handler wrapper, Express/Connect middleware, or a fetch-style
 * function. Each request is checked for the API its URL names, and rejected in that API's format.
 */
export function createGuard(options: GuardOptions): Guard {
  const { mode } = options;
  if (mode !== "reject" && mode !== "repair" && mode !== "report") {
    throw new TypeError(`createGuard: mode must be "reject", "repair" or "report", not ${JSON.stringify(mode)}.`);
  }
  const match = options.match ?? defaultMatch;
  const log = options.log === false ? () => undefined : (options.log ?? defaultLog);
  const limit = options.maxBodyBytes ?? INLINE_DATA_LIMIT_BYTES + 16 * 1024 * 1024;

  function modelFor(url: string, api: GeminiApi | undefined): ModelRef | undefined {
    if (options.model !== undefined || api === "interactions") return options.model;
    const path = url.split("?")[0] ?? "";
    const resolved = resolveModel(path);
    return resolved.kind === "known" || resolved.name !== undefined ? path : undefined;
  }

  function check(input: string | unknown, request: { method?: string; url?: string } = {}): GuardDecision {
    const method = request.method ?? "POST";
    const url = redactKey(request.url ?? "");
    const urlApi = apiOfUrl(request.url ?? "");
    const model = modelFor(request.url ?? "", urlApi);
    let entry = { method, url, model: model === undefined ? undefined : String(model), api: urlApi ?? "generate-content" };
    let body: unknown = input;
    if (typeof input === "string") {
      try {
        body = JSON.parse(input) as unknown;
      } catch (error) {
        const reason = `it is not JSON (${error instanceof Error ? error.message : String(error)})`;
        const finding = makeFinding("invalid-body", "", entry.api === "interactions" ? { reason, api: entry.api } : { reason });
        log({ ...entry, action: mode === "report" ? "reported" : "rejected", findings: [finding], changes: [] });
        if (mode === "report") return { action: "forward", body: input, text: input, changed: false };
        return { action: "respond", status: 400, payload: badRequest(entry.api, [finding]) };
      }
    }
    const text = (): string => (typeof input === "string" ? input : JSON.stringify(body));

    if (mode === "repair") {
      const result = repair(body, { model, api: urlApi });
      entry = { ...entry, api: result.api };
      const changed = result.changes.length > 0;
      log({ ...entry, action: changed ? "repaired" : result.findings.length > 0 ? "reported" : "passed", findings: result.findings, changes: result.changes });
      if (!changed) return { action: "forward", body, text: text(), changed };
      return { action: "forward", body: result.body, text: JSON.stringify(result.body), changed };
    }
    const { ok, findings, api } = validate(body, { model, api: urlApi });
    entry = { ...entry, api };
    if (mode === "reject" && !ok) {
      log({ ...entry, action: "rejected", findings, changes: [] });
      return { action: "respond", status: 400, payload: badRequest(api, findings) };
    }
    log({ ...entry, action: findings.length > 0 ? "reported" : "passed", findings, changes: [] });
    return { action: "forward", body, text: text(), changed: false };
  }

  /** Reads and checks a Node request; answers true when the request was answered here. */
  async function handleNode(req: GuardedRequest, res: ServerResponse): Promise<boolean> {
    const method = req.method ?? "GET";
    const url = req.url ?? "/";
    if (!match(method, url)) return false;
    let input: string | unknown;
    // Bytes read here are put back into the stream; a body a parser already took is not.
    let kept: Buffer | undefined;
    if (req.body !== undefined && !Buffer.isBuffer(req.body)) {
      input = req.body;
    } else if (Buffer.isBuffer(req.body)) {
      input = req.body.toString("utf8");
    } else {
      try {
        kept = await readAndKeepBody(req, limit);
        input = kept.toString("utf8");
      } catch (error) {
        if (error instanceof BodyAborted) {
          // Nobody is left to answer; the socket is gone or going.
          res.destroy();
          return true;
        }
        if (!(error instanceof BodyTooLarge)) throw error;
        const message = `The request body is over ${limit} bytes, more than a request body can carry.`;
        send(res, 413, apiOfUrl(url) === "interactions" ? interactionsError(message) : googleError(413, "INVALID_ARGUMENT", message));
        return true;
      }
    }
    const decision = check(input, { method, url });
    if (decision.action === "respond") {
      send(res, decision.status, decision.payload);
      return true;
    }
    // Unchanged bodies go on byte for byte (even text that is not valid UTF-8, in report mode).
    const bytes = !decision.changed && kept !== undefined ? kept : Buffer.from(decision.text);
    if (kept !== undefined && decision.changed) replaceKeptBody(req, bytes);
    req.body = decision.body;
    req.rawBody = bytes;
    setBodyLength(req, bytes.length);
    return false;
  }

  return {
    check,
    node(handler) {
      return async (req, res) => {
        if (await handleNode(req, res)) return;
        await handler(req, res);
      };
    },
    middleware(req, res, next) {
      handleNode(req, res).then((answered) => {
        if (!answered) next();
      }, next);
    },
    async fetch(request) {
      if (!match(request.method, request.url)) return request;
      const text = await request.text();
      const decision = check(text, { method: request.method, url: request.url });
      if (decision.action === "respond") {
        return new Response(JSON.stringify(decision.payload), {
          status: decision.status,
          headers: { "content-type": "application/json; charset=UTF-8" },
        });
      }
      const headers = new Headers(request.headers);
      headers.delete("content-length");
      return new Request(request, { body: decision.text, headers });
    },
  };
}
