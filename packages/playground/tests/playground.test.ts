import { existsSync, mkdirSync, readFileSync, readdirSync } from "node:fs";
import type { Server } from "node:http";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MISSING_CHROMIUM, SKIP_ENV, findChromium } from "./chromium.js";
import { serveStatic } from "./static-server.js";

const DIST = fileURLToPath(new URL("../dist/", import.meta.url));
const REPORTS = fileURLToPath(new URL("../../../reports/", import.meta.url));
const NOT_BUILT = "packages/playground/dist is missing: run `pnpm build` (the root build runs Vite after tsc -b).";

/** The built page's scripts: the entry chunk index.html loads, and the chunks loaded later. */
function bundle(): { entry: string; chunks: { file: string; raw: number; gzip: number }[] } {
  const html = readFileSync(join(DIST, "index.html"), "utf8");
  const entry = /<script type="module" crossorigin src="\.\/assets\/([^"]+)"/u.exec(html)?.[1];
  if (!entry) throw new Error("no entry script in dist/index.html");
  const chunks = readdirSync(join(DIST, "assets"))
    .filter((file) => /\.(js|css)$/u.test(file))
    .map((file) => {
      const data = readFileSync(join(DIST, "assets", file));
      return { file, raw: data.length, gzip: gzipSync(data).length };
    });
  return { entry, chunks };
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(0)} kB`;

describe("the built playground bundle", () => {
  it("is built, measured, and keeps the TypeScript compiler out of the first load", () => {
    expect(existsSync(join(DIST, "index.html")), NOT_BUILT).toBe(true);
    const { entry, chunks } = bundle();
    const lines = chunks.map((c) => `  ${c.file === entry || c.file.endsWith(".css") ? "first " : "lazy  "} ${c.file.padEnd(32)} ${kb(c.raw).padStart(8)} raw ${kb(c.gzip).padStart(8)} gzip`);
    const first = chunks.filter((c) => c.file === entry || c.file.endsWith(".css"));
    lines.push(`  first load: ${kb(first.reduce((n, c) => n + c.raw, 0))} raw, ${kb(first.reduce((n, c) => n + c.gzip, 0))} gzip`);
    console.log(`playground bundle:\n${lines.join("\n")}`);

    const entryText = readFileSync(join(DIST, "assets", entry), "utf8");
    // Strings only the TypeScript compiler holds: its version table and its parser's entry point
    // (booleans: a failed toContain would print the whole bundle).
    expect(entryText.includes("versionMajorMinor")).toBe(false);
    expect(/createSourceFile\s*\(/u.test(entryText)).toBe(false);
    // ESLint's core rules stay out too (the page runs only this plugin's rules).
    expect(entryText.includes("Enforce getter and setter pairs in objects and classes")).toBe(false);
    // The compiler exists only in the chunk TS/TSX mode loads.
    const lazy = chunks.filter((c) => c.file !== entry && c.file.endsWith(".js"));
    expect(lazy.some((c) => readFileSync(join(DIST, "assets", c.file), "utf8").includes("versionMajorMinor"))).toBe(true);
    expect(first.reduce((n, c) => n + c.gzip, 0)).toBeLessThan(600 * 1024);
  });
});

const chromiumPath = findChromium();
const skip = process.env[SKIP_ENV] === "1";

describe.skipIf(skip)("the playground in Chromium", () => {
  let browser: Browser;
  let server: Server;
  let base: string;
  /** One page for the steps a user takes in a row; a second one opens the shared link. */
  let page: Page;
  let shared: Page;
  const requests: string[] = [];

  beforeAll(async () => {
    if (!chromiumPath) return;
    if (!existsSync(join(DIST, "index.html"))) throw new Error(NOT_BUILT);
    mkdirSync(REPORTS, { recursive: true });
    ({ url: base, server } = await serveStatic(DIST));
    browser = await chromium.launch({ executablePath: chromiumPath, args: ["--no-sandbox"] });
  });

  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  // A failed test, not a skip: a run without Chromium must say so (PLAYGROUND_SKIP_BROWSER=1 skips on purpose).
  it("has a Chromium to drive", () => {
    if (!chromiumPath) throw new Error(MISSING_CHROMIUM);
  });

  async function open(hash = ""): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on("request", (request) => requests.push(request.url()));
    page.on("pageerror", (error) => {
      throw error;
    });
    await page.goto(base + hash);
    return page;
  }

  /** Replaces an editor's text as a user would: select all, then type. */
  async function typeInto(page: Page, editor: string, text: string): Promise<void> {
    await page.click(`${editor} .cm-content`);
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.insertText(text);
  }

  it.runIf(chromiumPath)("opens on the seed article's request with its findings, without loading the TS parser", async () => {
    page = await open();
    const size = page.locator('#code-findings li[data-finding="gemini-image/no-openai-size"]');
    await size.waitFor();
    expect(await size.innerText()).toContain('imageSize: "1K"');
    expect(await page.locator("#code-editor .cm-lintRange-error").count()).toBeGreaterThan(0);
    expect(await size.locator("a").getAttribute("href")).toMatch(/docs\/rules\/no-openai-size\.md$/u);
    expect(requests.some((url) => url.includes("ts-parser"))).toBe(false);
    await page.screenshot({ path: join(REPORTS, "playground-code.png"), fullPage: true });
  });

  it.runIf(chromiumPath)("shows the finding for a typed size: \"1792x1024\" and applies its fix on click", async () => {
    // Once loaded the page needs no network: the rest of this test runs offline.
    await page.context().setOffline(true);
    await typeInto(
      page,
      "#code-editor",
      `const res = await fetch("https://generativelanguage.googleapis.com/v1beta/models/gemini-3-pro-image:generateContent", {
  method: "POST",
  body: JSON.stringify({ contents: [{ parts: [{ text: "a lighthouse at dusk" }] }], size: "1792x1024" }),
});
`,
    );
    const finding = page.locator('#code-findings li[data-finding="gemini-image/no-openai-size"]');
    await expect.poll(() => finding.innerText().catch(() => ""), { timeout: 5000 }).toContain('aspectRatio: "16:9", imageSize: "2K"');
    await finding.locator("button").first().click();
    const content = page.locator("#code-editor .cm-content");
    await expect.poll(() => content.innerText()).toContain('aspectRatio: "16:9"');
    expect(await content.innerText()).not.toContain('size: "1792x1024"');
    // The fixed code is in the link too.
    expect(new URLSearchParams(new URL(page.url()).hash.slice(1)).get("code")).toContain('imageSize: "2K"');
    await expect.poll(() => page.locator('#code-findings li[data-finding="gemini-image/no-openai-size"]').count()).toBe(0);
    await page.context().setOffline(false);
  });

  it.runIf(chromiumPath)("repairs a pasted bad body, and a shared link shows the same state", async () => {
    await page.click("#tab-body");
    await page.selectOption("#body-model", "gemini-3.1-flash-image");
    await typeInto(page, "#body-editor", '{"contents":[{"parts":[{"text":"a fox"}]}],"size":"1024x1536","generationConfig":{"responseModalities":["IMAGE"]}}');
    const diff = page.locator("#body-diff-0");
    await expect.poll(() => diff.innerText().catch(() => "")).toContain('+       "aspectRatio": "2:3"');
    expect(await diff.innerText()).toContain('-   "size": "1024x1536"');
    expect(await page.locator("#body-findings-0").innerText()).toContain("/size");
    const output = await page.locator("#body-output-0").innerText();
    expect(output).toMatch(/gemini-3\.1-flash-image, imageSize \w+, aspectRatio 2:3: \d+×\d+ pixels, ~?\$\d/u);
    await page.screenshot({ path: join(REPORTS, "playground-body.png"), fullPage: true });

    shared = await open(new URL(page.url()).hash);
    expect(await shared.locator("#tab-body").getAttribute("aria-selected")).toBe("true");
    expect(await shared.locator("#body-model").inputValue()).toBe("gemini-3.1-flash-image");
    expect(await shared.locator("#body-diff-0").innerText()).toBe(await diff.innerText());
    expect(await shared.locator("#body-output-0").innerText()).toBe(output);
  });

  it.runIf(chromiumPath)("never shows the API key of a pasted HAR", async () => {
    const key = "AIzaSyHARKEYNEVERSHOWN000000000000000000";
    const har = {
      log: {
        entries: [
          {
            request: {
              method: "POST",
              url: `https://generativelanguage.googleapis.com/v1beta/models/gemini-3-pro-image:generateContent?key=${key}`,
              headers: [{ name: "x-goog-api-key", value: key }],
              postData: { mimeType: "application/json", text: JSON.stringify({ contents: [{ parts: [{ text: "x" }] }], size: "1024x1024" }) },
            },
          },
        ],
      },
    };
    await typeInto(shared, "#body-editor", JSON.stringify(har));
    await shared.locator(".har-entry").waitFor();
    await shared.locator("#body-redacted").waitFor();
    const shown = await shared.locator("main").innerText();
    expect(shown).toContain("models/gemini-3-pro-image:generateContent");
    expect(shown.includes(key)).toBe(false);
    // Nor does the link: the editor's text, and so the hash, holds the redacted HAR.
    expect(decodeURIComponent(shared.url()).includes(key)).toBe(false);
    expect(decodeURIComponent(shared.url())).toContain("REDACTED");
  });

  it.runIf(chromiumPath)("maps a size on every model in the Sizes tab, from a link opened in the same tab", async () => {
    // Only the hash changes: the page loads the link's state without reloading.
    await page.goto(`${base}#tab=sizes&size=1024x1792`);
    const row = page.locator('#sizes-table tr[data-model="gemini-3-pro-image"]');
    await row.waitFor();
    expect(await row.innerText()).toMatch(/2K\s+9:16\s+1536×2752/u);
    expect(await page.locator("#sizes-table tbody tr").count()).toBeGreaterThan(3);
    await page.fill("#size-input", "12x");
    expect(await page.locator("#sizes-error").innerText()).toContain("is not an OpenAI-style size");
    await page.fill("#size-input", "1792x1024");
    await page.screenshot({ path: join(REPORTS, "playground-sizes.png"), fullPage: true });
  });

  it.runIf(chromiumPath)("made no request outside the page's own origin", () => {
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((url) => !url.startsWith(base) && !url.startsWith("data:"))).toEqual([]);
  });
});
