/**
 * A generated TypeScript project for the audit bench: ordinary application modules (types,
 * classes, helpers that import each other) with Gemini image requests in one file of twelve,
 * some reading their model or settings from another file. Its node_modules is the audit
 * package's own (the SDKs and @types/node), linked, so `tsc` resolves every import.
 */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const AUDIT_NODE_MODULES = fileURLToPath(new URL("../node_modules", import.meta.url));

/** An ordinary module: an interface, a class and helpers, importing the previous module. */
function plainModule(index: number): string {
  const previous = index > 0 ? `import { Service${index - 1}, total${index - 1} } from "./module-${index - 1}.js";\n` : "";
  const uses = index > 0 ? `\n  readonly previous = new Service${index - 1}();\n  sum(): number {\n    return total${index - 1}(this.items.map((item) => item.weight)) + this.previous.sum();\n  }` : `\n  sum(): number {\n    return this.items.reduce((acc, item) => acc + item.weight, 0);\n  }`;
  return `${previous}
export interface Item${index} {
  readonly id: string;
  readonly weight: number;
  readonly tags: readonly string[];
  readonly meta?: Record<string, string | number>;
}

export type Status${index} = "draft" | "ready" | "archived";

export class Service${index} {
  private readonly items: Item${index}[] = [];
  status: Status${index} = "draft";

  add(item: Item${index}): this {
    this.items.push(item);
    return this;
  }

  find(tag: string): Item${index}[] {
    return this.items.filter((item) => item.tags.includes(tag));
  }
${uses}

  describe(): string {
    return this.items.map((item) => \`\${item.id}:\${item.weight}\`).join(", ");
  }
}

export function total${index}(values: readonly number[]): number {
  let sum = 0;
  for (const value of values) sum += value;
  return sum;
}

export function group${index}<T extends { tags: readonly string[] }>(items: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const tag of item.tags) {
      const list = groups.get(tag) ?? [];
      list.push(item);
      groups.set(tag, list);
    }
  }
  return groups;
}
`;
}

/** A module with Gemini image requests of each API, some with settings imported from `settings.ts`. */
function geminiModule(index: number): string {
  return `import { GoogleGenAI } from "@google/genai";
import { GoogleGenerativeAI } from "@google/generative-ai";
import { IMAGE_MODEL, SIZES } from "./settings.js";
import { Service${index} } from "./module-${index}.js";

const ai = new GoogleGenAI({ apiKey: process.env.GEMINI_API_KEY });
const legacy = new GoogleGenerativeAI(process.env.GEMINI_API_KEY ?? "");

export async function banner${index}(prompt: string) {
  new Service${index}().describe();
  return ai.models.generateContent({
    model: IMAGE_MODEL,
    contents: prompt,
    config: { responseModalities: ["IMAGE"], imageConfig: { imageSize: SIZES.wide, aspectRatio: "16:9" } },
  });
}

export async function sticker${index}(prompt: string) {
  const model = legacy.getGenerativeModel({ model: "gemini-2.5-flash-image" });
  return model.generateContent(prompt);
}

export async function summary${index}(text: string) {
  return ai.models.generateContent({ model: "gemini-2.5-flash", contents: text });
}

export async function rest${index}(prompt: string) {
  return fetch("https://generativelanguage.googleapis.com/v1beta/models/gemini-3.1-flash-image:generateContent", {
    method: "POST",
    headers: { "x-goog-api-key": process.env.GEMINI_API_KEY ?? "" },
    body: JSON.stringify({ contents: [{ parts: [{ text: prompt }] }], generationConfig: { imageConfig: { aspectRatio: "21:9" } } }),
  });
}
`;
}

/** Writes a project of `files` modules (at least 500 by default) and answers its tsconfig path. */
export function generateProject(files = 520): string {
  const root = mkdtempSync(join(tmpdir(), "audit-bench-"));
  const src = join(root, "src");
  mkdirSync(src);
  symlinkSync(AUDIT_NODE_MODULES, join(root, "node_modules"), "dir");
  writeFileSync(
    join(root, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: { strict: true, target: "ES2022", module: "preserve", moduleResolution: "bundler", types: ["node"], noEmit: true, skipLibCheck: true },
      include: ["src"],
    }),
  );
  writeFileSync(join(src, "settings.ts"), `export const IMAGE_MODEL = "gemini-3-pro-image";\nexport const SIZES = { wide: "2K", square: "1K" } as const;\n`);
  const gemini = Math.floor(files / 12);
  for (let index = 0; index < files - gemini - 1; index++) writeFileSync(join(src, `module-${index}.ts`), plainModule(index));
  for (let index = 0; index < gemini; index++) writeFileSync(join(src, `gemini-${index}.ts`), geminiModule(index));
  return join(root, "tsconfig.json");
}
