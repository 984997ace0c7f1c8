import { modelOutput } from "@gemini-image/protocol";
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESTree } from "@typescript-eslint/utils";
import { calleeName, calleeObject, isIdentifier, unwrap } from "./ast.js";
import { resolveBinding } from "./binding.js";
import type { LocatorContext } from "./context.js";
import { importOrigin } from "./imports.js";
import { modelCandidates, modelChoice, type ModelChoice } from "./model.js";
import { viewOf } from "./object-view.js";
import type { FoundRequest } from "./types.js";

const AI_SDK_FUNCTIONS = new Set(["generateImage", "experimental_generateImage", "generateText", "streamText"]);
const GOOGLE_PROVIDER_MODULES = new Set(["@ai-sdk/google", "@ai-sdk/google-vertex"]);
const GOOGLE_PROVIDER_FACTORIES = new Set(["createGoogleGenerativeAI", "createVertex"]);
const MODEL_FACTORY_METHODS = new Set(["image", "imageModel", "languageModel", "chat"]);
/**
 * The provider method whose model talks to the Interactions API (SOURCES.aiSdkGoogleDeclarations:
 * `interactions(modelIdOrAgent): LanguageModelV4`). A language model: `generateText` and
 * `streamText` take it, `generateImage` (`model: ImageModel`) does not.
 */
const INTERACTIONS_METHOD = "interactions";
const LANGUAGE_MODEL_FUNCTIONS = new Set(["generateText", "streamText"]);

/**
 * Vercel AI SDK calls with a Gemini image model: `generateImage({ model: google.image(id) })`,
 * `generateText`/`streamText({ model: google(id), providerOptions: { google } })`, and the same
 * with `google.interactions(id)`, which the provider sends to the Interactions API. Calls with
 * other providers, Imagen models or models the locator cannot name are not Gemini requests.
 */
export function locateAiSdkRequest(ctx: LocatorContext, call: TSESTree.CallExpression): FoundRequest | undefined {
  const api = aiSdkFunction(ctx, call.callee);
  const argument = call.arguments[0];
  if (!api || !argument || argument.type === AST_NODE_TYPES.SpreadElement) return undefined;
  const root = viewOf(ctx, argument);
  const modelEntry = root?.get("model");
  if (!root || !modelEntry) return undefined;
  const model = geminiModel(ctx, modelEntry.value);
  if (!model) return undefined;
  const { providerApi, ...choice } = model;
  if (providerApi && !LANGUAGE_MODEL_FUNCTIONS.has(api)) return undefined;
  return { shape: "ai-sdk", api: api.replace("experimental_", ""), origin: "call", node: call, root, ...choice, ...(providerApi ? { providerApi } : {}), url: undefined };
}

/** The AI SDK function a callee names, through `import { generateImage as gen } from "ai"`. */
function aiSdkFunction(ctx: LocatorContext, callee: TSESTree.Node): string | undefined {
  const node = unwrap(callee);
  const imports = aiImports(ctx);
  if (node.type === AST_NODE_TYPES.Identifier) {
    const name = imports.get(node.name) ?? node.name;
    return AI_SDK_FUNCTIONS.has(name) ? name : undefined;
  }
  const name = calleeName(node);
  const object = calleeObject(node);
  if (!name || !AI_SDK_FUNCTIONS.has(name) || !isIdentifier(object)) return undefined;
  return imports.get(object.name) === "*" ? name : undefined;
}

const aiImportsCache = new WeakMap<object, ReadonlyMap<string, string>>();

/** Local names imported from "ai", to their exported names (`*` for a namespace), read once per file. */
function aiImports(ctx: LocatorContext): ReadonlyMap<string, string> {
  const cached = aiImportsCache.get(ctx.sourceCode);
  if (cached) return cached;
  const imports = new Map<string, string>();
  for (const statement of ctx.sourceCode.ast.body) {
    if (statement.type !== AST_NODE_TYPES.ImportDeclaration || statement.source.value !== "ai") continue;
    for (const specifier of statement.specifiers) {
      if (specifier.type === AST_NODE_TYPES.ImportNamespaceSpecifier) imports.set(specifier.local.name, "*");
      else if (specifier.type === AST_NODE_TYPES.ImportSpecifier && specifier.imported.type === AST_NODE_TYPES.Identifier) {
        imports.set(specifier.local.name, specifier.imported.name);
      }
    }
  }
  aiImportsCache.set(ctx.sourceCode, imports);
  return imports;
}

/**
 * The model of `google.image(id)`, `google(id)`, `google.interactions(id)`, `vertex(id)` or a
 * gateway string (`"google/<id>"`), when it is a Gemini image model, a near miss of one's id, or
 * an id whose name says image; with an id from a map (`google(MODELS[tier])`), when every model
 * it may be is one. `google.interactions({ agent })` names an agent, no model: not an image request.
 */
function geminiModel(ctx: LocatorContext, node: TSESTree.Node): (ModelChoice & { providerApi?: "interactions" }) | undefined {
  let current = unwrap(node);
  // `const model = google.interactions(id)` then `generateText({ model })`, as the AI SDK's own examples write it.
  if (current.type === AST_NODE_TYPES.Identifier) {
    const init = resolveBinding(ctx, current)?.init;
    if (init && unwrap(init).type === AST_NODE_TYPES.CallExpression) current = unwrap(init);
  }
  let idNode: TSESTree.Node | undefined;
  let providerApi: "interactions" | undefined;
  if (current.type === AST_NODE_TYPES.CallExpression) {
    const callee = unwrap(current.callee);
    const method = callee.type === AST_NODE_TYPES.MemberExpression ? calleeName(callee) : undefined;
    if (method === INTERACTIONS_METHOD) providerApi = "interactions";
    const provider = method !== undefined && (MODEL_FACTORY_METHODS.has(method) || providerApi) ? unwrap((callee as TSESTree.MemberExpression).object) : callee;
    if (!isGoogleProvider(ctx, provider)) return undefined;
    const first = current.arguments[0];
    if (!first || first.type === AST_NODE_TYPES.SpreadElement) return undefined;
    idNode = first;
  } else {
    idNode = current;
  }
  const models = modelCandidates(ctx, idNode);
  if (models.length === 0) return undefined;
  // Unknown ids whose name says image (`gemini-2.0-flash-preview-image-generation`) are image
  // requests with an unknown model: kept, so they are reported rather than dropped.
  const gemini = models.every(({ text }) => {
    const output = modelOutput(text);
    return output === "image-model" || output === "image-named";
  });
  if (!gemini) return undefined;
  return providerApi ? { ...modelChoice(models), providerApi } : modelChoice(models);
}

/** `google`/`vertex` from the AI SDK's Google providers, or a provider made by their factories. */
function isGoogleProvider(ctx: LocatorContext, node: TSESTree.Node): boolean {
  if (node.type !== AST_NODE_TYPES.Identifier) return false;
  const origin = importOrigin(ctx, node);
  if (origin) return GOOGLE_PROVIDER_MODULES.has(origin.source);
  const init = resolveBinding(ctx, node)?.init;
  if (init) {
    const call = unwrap(init);
    return call.type === AST_NODE_TYPES.CallExpression && GOOGLE_PROVIDER_FACTORIES.has(calleeName(call.callee) ?? "");
  }
  return node.name === "google" || node.name === "vertex";
}
