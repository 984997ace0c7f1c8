import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { once } from "node:events";
import { connect } from "node:net";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { pngSize, startTestServer } from "@gemini-image/test-server";
import { main } from "../src/main.js";

const BIN = fileURLToPath(new URL("../bin/gemini-image.js", import.meta.url));
const ROOT = fileURLToPath(new URL("../../..", import.meta.url));
const children: ChildProcessWithoutNullStreams[] = [];

afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill("SIGKILL");
});

/** Starts `gemini-image serve` in a child process (or through `runner`) and waits for the URL it prints. */
async function serve(...args: string[]): Promise<{ child: ChildProcessWithoutNullStreams; url: string; output: () => string }> {
  return serveThrough([process.execPath, BIN], ...args);
}

async function serveThrough(runner: readonly string[], ...args: string[]): Promise<{ child: ChildProcessWithoutNullStreams; url: string; output: () => string }> {
  const child = spawn(runner[0]!, [...runner.slice(1), "serve", ...args], { stdio: "pipe", cwd: ROOT });
  children.push(child);
  let stdout = "";
  child.stdout.setEncoding("utf8");
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on("data", (text: string) => {
      stdout += text;
      const match = /listening on (http:\/\/\S+)/u.exec(stdout);
      if (match) resolve(match[1]!);
    });
    child.once("exit", (code) => reject(new Error(`serve exited with ${code} before listening: ${stdout}`)));
  });
  return { child, url, output: () => stdout };
}

async function stop(child: ChildProcessWithoutNullStreams, signal: NodeJS.Signals): Promise<number | null> {
  const exited = once(child, "exit");
  child.kill(signal);
  const [code] = (await exited) as [number | null];
  return code;
}

/** True once nothing accepts connections on the URL's port (polls for up to `ms`). */
async function portClosed(url: string, ms = 10_000): Promise<boolean> {
  const { hostname, port } = new URL(url);
  for (const until = Date.now() + ms; Date.now() < until; ) {
    const refused = await new Promise<boolean>((resolve) => {
      const socket = connect(Number(port), hostname);
      socket.once("connect", () => {
        socket.destroy();
        resolve(false);
      });
      socket.once("error", () => resolve(true));
    });
    if (refused) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

const body = (extra: Record<string, unknown> = {}) =>
  JSON.stringify({ contents: [{ parts: [{ text: "a banana" }] }], generationConfig: { responseModalities: ["IMAGE"] }, ...extra });

describe("gemini-image serve", () => {
  it("serves the lenient trap (size dropped → 1024x1024) and stops with exit 0 on SIGTERM", async () => {
    const { child, url, output } = await serve("--port", "0", "--mode", "lenient");
    expect(output()).toMatch(/^gemini-image test server \(lenient\) listening on http:\/\/127\.0\.0\.1:\d+\n/u);
    const response = await fetch(`${url}/v1beta/models/gemini-3-pro-image:generateContent`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-goog-api-key": "k" },
      body: body({ size: "1792x1024" }),
    });
    expect(response.status).toBe(200);
    const json = (await response.json()) as { candidates: { content: { parts: { inlineData: { data: string } }[] } }[] };
    const image = json.candidates[0]!.content.parts.at(-1)!.inlineData.data;
    expect(pngSize(Buffer.from(image, "base64"))).toEqual({ width: 1024, height: 1024 });

    // The Interactions endpoint too: camelCase settings are dropped the same way.
    expect(output()).toContain(`  POST ${url}/v1beta/interactions\n`);
    const interaction = await fetch(`${url}/v1beta/interactions`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-goog-api-key": "k" },
      body: JSON.stringify({ model: "gemini-3-pro-image", input: "a banana", responseFormat: { type: "image", imageSize: "2K" } }),
    });
    expect(interaction.status).toBe(200);
    const steps = ((await interaction.json()) as { steps: { content: { data: string }[] }[] }).steps;
    expect(pngSize(Buffer.from(steps.at(-1)!.content.at(-1)!.data, "base64"))).toEqual({ width: 1024, height: 1024 });

    expect(await stop(child, "SIGTERM")).toBe(0);
    expect(output()).toContain("stopped (SIGTERM) after 2 request(s)");
  });

  it("answers strict errors and checks --api-key, then stops on SIGINT", async () => {
    const { child, url } = await serve("--mode", "strict", "--api-key", "secret");
    const call = (headers: Record<string, string>, extra?: Record<string, unknown>) =>
      fetch(`${url}/v1beta/models/gemini-3-pro-image:generateContent`, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: body(extra),
      });
    expect((await call({})).status).toBe(403);
    expect((await call({ "x-goog-api-key": "nope" })).status).toBe(400);
    const unknown = await call({ authorization: "Bearer secret" }, { size: "1024x1024" });
    expect(unknown.status).toBe(400);
    expect(((await unknown.json()) as { error: { message: string } }).error.message).toBe(
      'Invalid JSON payload received. Unknown name "size": Cannot find field.',
    );
    expect((await call({ "x-goog-api-key": "secret" })).status).toBe(200);
    expect(await stop(child, "SIGINT")).toBe(0);
  });

  it("prints one line per request: method, path without the key, status, finding ids, ms", async () => {
    const { child, url, output } = await serve();
    const path = "/v1beta/models/gemini-3-pro-image:generateContent";
    const call = (text: string) => fetch(`${url}${path}?key=SECRET`, { method: "POST", headers: { "content-type": "application/json" }, body: text });
    expect((await call(body())).status).toBe(200);
    expect((await call(body({ size: "1792x1024" }))).status).toBe(400);
    expect((await call("{ not json")).status).toBe(400);
    expect((await fetch(`${url}/v1beta/models`)).status).toBe(404);
    expect(await stop(child, "SIGTERM")).toBe(0);
    const lines = output().split("\n").filter((line) => /^[A-Z]+ \//u.test(line));
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^POST \/v1beta\/models\/gemini-3-pro-image:generateContent 200 - \d+ms$/u);
    expect(lines[1]).toMatch(/ 400 openai-size \d+ms$/u);
    expect(lines[2]).toMatch(/ 400 invalid-body \d+ms$/u);
    expect(lines[3]).toMatch(/^GET \/v1beta\/models 404 - \d+ms$/u);
    expect(output()).not.toContain("SECRET");
  });

  // A user runs `npx gemini-image serve &` and later `kill <that pid>`: the pid is the wrapper's.
  for (const runner of [
    ["npx", "gemini-image"],
    ["pnpm", "exec", "gemini-image"],
  ]) {
    it(`closes its port when ${runner[0]} that started it gets SIGTERM`, async () => {
      const { child, url } = await serveThrough(runner);
      child.kill("SIGTERM");
      expect(await portClosed(url)).toBe(true);
    }, 60_000);
  }

  it("exits 2 with the reason when the port is taken", async () => {
    const taken = await startTestServer();
    try {
      const port = new URL(taken.url).port;
      const child = spawn(process.execPath, [BIN, "serve", "--port", port], { stdio: "pipe" });
      children.push(child);
      let stderr = "";
      child.stderr.setEncoding("utf8").on("data", (text: string) => (stderr += text));
      const [code] = (await once(child, "exit")) as [number | null];
      expect(code).toBe(2);
      expect(stderr).toContain(`cannot listen on 127.0.0.1:${port}`);
      expect(stderr).toContain("EADDRINUSE");
    } finally {
      await taken.close();
    }
  });

  it("rejects a bad --mode, --port or --thought-images with usage and exit 2", async () => {
    for (const args of [
      ["--mode", "loose"],
      ["--port", "http"],
      ["--port", "70000"],
      ["--thought-images", "-1"],
      ["--drop-snake-case"],
    ]) {
      let stderr = "";
      const code = await main(["serve", ...args], { stdout: { write: () => true }, stderr: { write: (t: string) => (stderr += t) } });
      expect(code).toBe(2);
      // Bad values get the usage; a mistyped flag gets one line and where to read more.
      expect(stderr).toMatch(/^gemini-image serve: .+\n(?:\nUsage: gemini-image serve|Run "gemini-image serve --help")/su);
    }
  });

  it("is listed in gemini-image --help", async () => {
    let stdout = "";
    await main(["--help"], { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: () => true } });
    expect(stdout).toMatch(/\n {2}serve +run a Gemini-compatible test server/u);
  });
});
