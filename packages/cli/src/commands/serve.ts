import { parseArgs } from "node:util";
import { MODEL_IDS, interactionsUrl } from "@gemini-image/protocol";
import type { ServerMode } from "@gemini-image/test-server";
import type { Command } from "../command.js";
import { EXIT, UsageError } from "../io.js";

const usage = `Usage: gemini-image serve [--port <n>] [--host <addr>] [--mode strict|lenient]
                          [--drop-snake-case] [--api-key <key>]
                          [--thought-images <n>] [--text]

Runs a Gemini-compatible image-generation server for tests: POST
/v1beta/models/<id>:generateContent, :streamGenerateContent and /v1beta/interactions
answer real PNGs at the exact pixel size Gemini returns for the requested imageSize
and aspectRatio (image_size and aspect_ratio in an interaction's response_format).

  --port <n>            port (default 0: a free one, printed at start)
  --host <addr>         address to listen on (default 127.0.0.1)
  --mode <m>            strict (default): Google's own 400/403/404 bodies;
                        lenient: unknown fields dropped silently, as many gateways do
  --drop-snake-case     with --mode lenient: drop snake_case names too (image_size),
                        as the @google/genai SDK and re-serializing gateways do
  --api-key <key>       the only key accepted (default: any non-empty key)
  --thought-images <n>  interim thought images before the final one (default 0)
  --text                a text part before the images
  -h, --help            this text

The key goes in the x-goog-api-key header, ?key= or Authorization: Bearer.
Prints one line per request: method, path, status, the body's finding ids, milliseconds.
Stops on Ctrl-C (SIGINT) or SIGTERM, and when the process that started it exits (npx and
other wrappers that do not pass SIGTERM on).
Exit codes: 0 stopped, 2 usage error or the address cannot be used.`;

function wholeNumber(name: string, text: string, max: number): number {
  const value = Number(text);
  if (!/^\d+$/u.test(text) || value > max) throw new UsageError(`${name} must be a whole number from 0 to ${max}, not "${text}".`);
  return value;
}

// How often serve looks whether the process that started it is still there.
const PARENT_POLL_MS = 250;

/**
 * Resolves on the first SIGINT or SIGTERM, or, when a package runner started it, when that
 * runner exits. A wrapper such as `npx` (npm exec, then sh -c) may die of a SIGTERM without
 * passing it on: the server is then re-parented, which `process.ppid` shows, and stops instead
 * of answering forever. Started directly (`nohup gemini-image serve &`), it outlives its shell
 * as a user who detaches it expects.
 */
function stopSignal(): Promise<string> {
  const parent = process.ppid;
  // npm, npx, pnpm and yarn set these for what they run.
  const underRunner = process.env.npm_config_user_agent !== undefined || process.env.npm_command !== undefined;
  return new Promise((resolve) => {
    const stop = (signal: string): void => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      clearInterval(watch);
      resolve(signal);
    };
    const watch = setInterval(() => {
      if (underRunner && process.ppid !== parent) stop("parent exited");
    }, PARENT_POLL_MS);
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
}

/** `gemini-image serve`: the test server on loopback until stopped. */
export const serveCommand: Command = {
  name: "serve",
  summary: "run a Gemini-compatible test server on 127.0.0.1 (strict or lenient)",
  usage,
  async run(args, io) {
    const { values } = parseArgs({
      args: [...args],
      options: {
        port: { type: "string", default: "0" },
        host: { type: "string", default: "127.0.0.1" },
        mode: { type: "string", default: "strict" },
        "api-key": { type: "string" },
        "thought-images": { type: "string", default: "0" },
        text: { type: "boolean", default: false },
        "drop-snake-case": { type: "boolean", default: false },
      },
    });
    const mode = values.mode;
    if (mode !== "strict" && mode !== "lenient") throw new UsageError(`--mode must be strict or lenient, not "${mode}".`);
    const port = wholeNumber("--port", values.port, 65_535);
    const thoughtImages = wholeNumber("--thought-images", values["thought-images"], 16);
    if (values["drop-snake-case"] && mode !== "lenient") {
      throw new UsageError("--drop-snake-case needs --mode lenient: Google itself accepts snake_case.");
    }

    // Loaded here, not at start-up: only serve runs a server.
    const [{ startTestServer }, { logRequests }] = await Promise.all([import("@gemini-image/test-server"), import("../request-log.js")]);
    let server;
    try {
      server = await startTestServer({
        host: values.host,
        port,
        mode: mode satisfies ServerMode,
        thoughtImages,
        textPart: values.text,
        apiKey: values["api-key"],
        snakeCase: values["drop-snake-case"] ? "drop" : "keep",
      });
    } catch (error) {
      io.stderr.write(`gemini-image serve: cannot listen on ${values.host}:${port}: ${(error as Error).message}\n`);
      return EXIT.usage;
    }
    const stopped = stopSignal();
    io.stdout.write(`gemini-image test server (${mode}) listening on ${server.url}\n`);
    io.stdout.write(`  POST ${server.url}/v1beta/models/${MODEL_IDS[0]}:generateContent\n`);
    io.stdout.write(`  POST ${interactionsUrl({ baseUrl: server.url })}\n`);
    const stopLogging = logRequests(server, (line) => io.stdout.write(`${line}\n`));
    const signal = await stopped;
    stopLogging();
    await server.close();
    io.stdout.write(`stopped (${signal}) after ${server.requests.length} request(s)\n`);
    return EXIT.ok;
  },
};
