import fc from "fast-check";

/**
 * fast-check arbitraries for request literals as people write them: REST bodies, `@google/genai`
 * parameters, legacy `getGenerativeModel` parameters and AI SDK `generateText` options; one
 * line or one property per line, any field order, with or without configs, OpenAI and
 * snake_case fields, spreads, and comments before, after and trailing each property. A
 * generated file is `prefix + request + suffix`; the codemod may only edit the request.
 */

/** A property: `key: value` (a spread when key is "..."), with comments before and after it. */
export interface Prop {
  readonly key: string;
  readonly value: string | Obj;
  readonly leading: boolean;
  readonly trailing: boolean;
}

/** An object literal and its layout. */
export interface Obj {
  readonly props: readonly Prop[];
  readonly multiline: boolean;
  readonly trailingComma: boolean;
  /** A comment after the last property, before the closing brace. */
  readonly closingComment: boolean;
}

export type Shape = "rest" | "genai" | "legacy" | "ai-sdk";

/** A comment the generator wrote, and the property it belongs to. */
export interface WrittenComment {
  readonly text: string;
  readonly key: string;
  readonly kind: "leading" | "trailing" | "closing";
}

/** One generated file. */
export interface GeneratedRequest {
  readonly shape: Shape;
  readonly path: string;
  readonly prefix: string;
  /** Code before the request that the codemod may edit (a spread local const). */
  readonly lead: string;
  readonly head: string;
  readonly tail: string;
  readonly suffix: string;
  readonly text: string;
  readonly comments: readonly WrittenComment[];
}

const MODELS = ["gemini-3-pro-image", "gemini-3.1-flash-image", "gemini-2.5-flash-image"] as const;
const OPENAI_SIZES = ["256x256", "512x512", "1024x1024", "1792x1024", "1024x1792", "1536x1024", "1024x1536", "auto"];

/** True one time in three. */
const sometimes = fc.constantFrom(false, false, true);
const prop = (key: string, value: fc.Arbitrary<string | Obj>): fc.Arbitrary<Prop> =>
  fc.record({ key: fc.constant(key), value, leading: sometimes, trailing: sometimes });
const optional = <T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(arbitrary, { nil: undefined, freq: 2 });
const str = (...values: string[]): fc.Arbitrary<string> => fc.constantFrom(...values.map((v) => JSON.stringify(v)));

/** An object holding the required props and any of the optional ones, in any order. */
function object(required: readonly fc.Arbitrary<Prop>[], optionals: readonly fc.Arbitrary<Prop>[]): fc.Arbitrary<Obj> {
  return fc
    .tuple(fc.tuple(...required), fc.tuple(...optionals.map(optional)), fc.boolean(), fc.boolean(), sometimes)
    .chain(([req, opt, multiline, trailingComma, closingComment]) => {
      const props = [...req, ...opt.filter((p): p is Prop => p !== undefined)];
      return fc
        .shuffledSubarray(props, { minLength: props.length, maxLength: props.length })
        .map((shuffled) => ({ props: shuffled, multiline, trailingComma, closingComment }));
    });
}

const contents = prop("contents", fc.constantFrom('[{ parts: [{ text: "a red fox" }] }]', '"a red fox"', "parts"));
const imageConfig = (snake: boolean): fc.Arbitrary<Obj> =>
  object(
    [],
    [
      prop(snake ? "aspect_ratio" : "aspectRatio", str("16:9", "1:1")),
      prop(snake ? "image_size" : "imageSize", str("2K", "1k", "1K")),
    ],
  );
const modalities = fc.constantFrom('["IMAGE"]', '["TEXT"]', '["TEXT", "IMAGE"]', "[]");
const configObject = (snake: boolean): fc.Arbitrary<Obj> =>
  object(
    [],
    [
      prop("temperature", fc.constantFrom("0.4", "1")),
      prop(snake ? "response_modalities" : "responseModalities", modalities),
      prop(snake ? "image_config" : "imageConfig", imageConfig(snake)),
      prop("maxOutputTokens", fc.constant("2048")),
      prop("size", str(...OPENAI_SIZES)),
      prop("aspectRatio", str("3:2")),
    ],
  );
/** OpenAI habits and misplaced keys at the top level of a request. */
const openAiFields = [
  prop("size", str(...OPENAI_SIZES)),
  prop("n", fc.constantFrom("1", "2", "4")),
  prop("quality", str("hd", "standard", "high")),
  prop("style", str("vivid", "natural")),
  prop("response_format", str("b64_json", "url")),
  prop("imageConfig", imageConfig(false)),
  prop("responseModalities", modalities),
];
const spread = prop("...", fc.constant("base"));

function rootObject(shape: Shape, snake: boolean): fc.Arbitrary<Obj> {
  switch (shape) {
    case "rest":
      return object([contents], [prop(snake ? "generation_config" : "generationConfig", configObject(snake)), prop("safetySettings", fc.constant("[]")), ...openAiFields, spread]);
    case "genai":
      return object(
        [contents],
        [
          prop("model", str(...MODELS)),
          fc.constantFrom("config", "generationConfig").chain((key) => prop(key, configObject(snake))),
          ...openAiFields,
          spread,
        ],
      );
    case "legacy":
      return object([prop("model", str(...MODELS))], [prop("generationConfig", configObject(snake)), prop("safetySettings", fc.constant("[]")), ...openAiFields, spread]);
    case "ai-sdk": {
      const google = object([], [prop("responseModalities", modalities), prop("imageConfig", imageConfig(false)), prop("aspectRatio", str("16:9"))]);
      const providerOptions = object([prop("google", google)], []);
      return object(
        [prop("model", fc.constantFrom(...MODELS.map((m) => `google(${JSON.stringify(m)})`))), prop("prompt", str("a red fox"))],
        [prop("providerOptions", providerOptions), prop("maxOutputTokens", fc.constant("2048")), spread],
      );
    }
  }
}

/** Renders an object at an indentation, numbering its comments from `comments`. */
function render(obj: Obj, indent: string, comments: WrittenComment[]): string {
  const inner = `${indent}  `;
  const note = (key: string, kind: WrittenComment["kind"]): string => {
    const text = `note ${comments.length + 1} on ${key === "..." ? "spread" : key}`;
    comments.push({ text, key, kind });
    return text;
  };
  if (obj.props.length === 0 && !obj.closingComment) return "{}";
  if (obj.props.length === 0) return obj.multiline ? `{\n${inner}// ${note("}", "closing")}\n${indent}}` : `{ /* ${note("}", "closing")} */ }`;
  const text = (p: Prop): string => (p.key === "..." ? `...${p.value as string}` : `${p.key}: ${typeof p.value === "string" ? p.value : render(p.value, obj.multiline ? inner : indent, comments)}`);
  if (obj.multiline) {
    const lines = obj.props.map((p, i) => {
      const leading = p.leading ? `${inner}// ${note(p.key, "leading")}\n` : "";
      const comma = i < obj.props.length - 1 || obj.trailingComma ? "," : "";
      const body = text(p);
      return `${leading}${inner}${body}${comma}${p.trailing ? ` // ${note(p.key, "trailing")}` : ""}\n`;
    });
    const closing = obj.closingComment ? `${inner}// ${note("}", "closing")}\n` : "";
    return `{\n${lines.join("")}${closing}${indent}}`;
  }
  const parts = obj.props.map((p) => {
    const leading = p.leading ? `/* ${note(p.key, "leading")} */ ` : "";
    const body = text(p);
    return `${leading}${body}${p.trailing ? ` /* ${note(p.key, "trailing")} */` : ""}`;
  });
  const closing = obj.closingComment ? ` /* ${note("}", "closing")} */` : "";
  return `{ ${parts.join(", ")}${obj.trailingComma ? "," : ""}${closing} }`;
}

const HEADS: Record<Shape, (model: string | undefined) => string> = {
  rest: (model) =>
    `  const response = await fetch(${model ? `"https://generativelanguage.googleapis.com/v1beta/models/${model}:generateContent"` : `endpoint + ":generateContent"`}, { method: "POST", headers: { "x-goog-api-key": key }, body: JSON.stringify(`,
  genai: () => "  const response = await ai.models.generateContent(",
  legacy: () => "  const response = genAI.getGenerativeModel(",
  "ai-sdk": () => "  const response = await generateText(",
};
const TAILS: Record<Shape, string> = { rest: ") });\n", genai: ");\n", legacy: ");\n", "ai-sdk": ");\n" };

/** A whole file around one generated request of that shape. */
export const generatedRequest = (shape: Shape): fc.Arbitrary<GeneratedRequest> =>
  fc
  .record({
    shape: fc.constant(shape),
    snake: sometimes,
    urlModel: fc.option(fc.constantFrom(...MODELS), { nil: undefined }),
    typescript: fc.boolean(),
    localBase: fc.boolean(),
  })
  .chain((settings) => rootObject(settings.shape, settings.snake).map((root) => ({ ...settings, root })))
  .map(({ shape, urlModel, typescript, localBase, root }) => {
    const comments: WrittenComment[] = [];
    const ts = (type: string): string => (typescript ? `: ${type}` : "");
    const prefix = [
      "// A file around one request: the codemod edits only the request.",
      'import { GoogleGenAI } from "@google/genai";',
      'import { GoogleGenerativeAI } from "@google/generative-ai";',
      'import { generateText } from "ai";',
      'import { google } from "@ai-sdk/google";',
      "",
      'const endpoint = "https://generativelanguage.googleapis.com/v1beta/models/m"; // where',
      "const ai = new GoogleGenAI({});",
      'const genAI = new GoogleGenerativeAI("key");',
      "const parts = [{ text: \"a red fox\" }];",
      "",
      // A local const \`base\` would clash with a parameter of that name.
      `export async function run(${localBase ? "shared" : "base"}${ts("any")}, key${ts("string")}) {`,
      "",
    ].join("\n");
    const lead = localBase && root.props.some((p) => p.key === "...") ? "  // base: shared settings\n  const base = { topK: 40 };\n" : "";
    const head = HEADS[shape](urlModel);
    const body = render(root, "  ", comments);
    const tail = TAILS[shape];
    const suffix = "  return response;\n}\n\nexport const untouched = { size: \"1024x1024\", n: 2 }; // not a request\n";
    return { shape, path: typescript ? "request.ts" : "request.js", prefix, lead, head, tail, suffix, text: prefix + lead + head + body + tail + suffix, comments };
  });

/** Requests that compile against the SDKs' declarations (and a local interface), for checking that migrate keeps them compiling. */
export type CompilingKind = "genai" | "legacy" | "rest-typed";

function compilingRoot(kind: CompilingKind, declared: boolean): fc.Arbitrary<Obj> {
  const settings = [prop("temperature", fc.constantFrom("0.4", "1")), prop("maxOutputTokens", fc.constant("2048"))];
  const imageSettings = [prop("responseModalities", modalities), prop("imageConfig", imageConfig(false))];
  switch (kind) {
    case "genai":
      return object([prop("model", str(...MODELS)), contents], [prop("config", object([], [...settings, ...imageSettings])), spread]);
    case "legacy":
      return object([prop("model", str(...MODELS))], [prop("generationConfig", object([], settings)), prop("safetySettings", fc.constant("[]")), spread]);
    case "rest-typed":
      return object([contents], [prop("generationConfig", object([], declared ? [...settings, ...imageSettings] : settings))]);
  }
}

/** A TypeScript file around one request that compiles. */
export const compilingRequest = (kind: CompilingKind): fc.Arbitrary<string> =>
  fc
    .record({ declared: fc.boolean(), model: fc.constantFrom(...MODELS) })
    .chain(({ declared, model }) => compilingRoot(kind, declared).map((root) => ({ declared, model, root })))
    .map(({ declared, model, root }) => {
      const body = render(root, "  ", []);
      const imageFields = declared ? "; responseModalities?: string[]; imageConfig?: { aspectRatio?: string; imageSize?: string }" : "";
      const lines = [
        'import { GoogleGenAI } from "@google/genai";',
        'import { GoogleGenerativeAI } from "@google/generative-ai";',
        "",
        `interface Body { contents: unknown; generationConfig?: { temperature?: number; maxOutputTokens?: number${imageFields} } }`,
        "const ai = new GoogleGenAI({});",
        'const genAI = new GoogleGenerativeAI("key");',
        'const parts = [{ text: "a red fox" }];',
        "",
        "export async function run(base: any) {",
        kind === "genai" ? `  return ai.models.generateContent(${body});` : "",
        kind === "legacy" ? `  return genAI.getGenerativeModel(${body});` : "",
        kind === "rest-typed" ? `  const body: Body = ${body};` : "",
        kind === "rest-typed" ? `  return fetch("https://generativelanguage.googleapis.com/v1beta/models/${model}:generateContent", { method: "POST", body: JSON.stringify(body) });` : "",
        "}",
        "",
      ];
      return lines.filter((line, i) => line !== "" || i === 2 || i === 7 || i === lines.length - 1).join("\n");
    });
