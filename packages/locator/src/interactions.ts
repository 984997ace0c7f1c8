import { apiOfUrl, isGeminiModelName, reachesGoogle, type GeminiApi } from "@gemini-image/protocol";
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESTree } from "@typescript-eslint/utils";
import { calleeName, calleeObject, unwrap } from "./ast.js";
import { resolveBinding } from "./binding.js";
import type { LocatorContext } from "./context.js";
import { isNamespace, modelProperty } from "./genai.js";
import { importOrigin } from "./imports.js";
import { orSettings, type ModelChoice } from "./model.js";
import { viewOf, viewsOf, type ObjectView } from "./object-view.js";
import type { FoundRequest, RequestShape } from "./types.js";
import { argumentFor, callSites, forwardedParameter } from "./wrapper.js";

/** The SDK module whose client has `interactions` (SOURCES.genaiDeclarations, `GoogleGenAI.interactions`). */
const GENAI_MODULE = "@google/genai";

/**
 * The API a located request goes through: Interactions for the `interactions` shape and for an
 * AI SDK call whose model is `google.interactions(id)`, generateContent otherwise. It decides
 * where the image settings are (`imageSettingsOf`); how their names are written is `spellingOf`.
 */
export function apiOfRequest(request: { readonly shape: RequestShape; readonly providerApi?: "interactions" }): GeminiApi {
  return request.shape === "interactions" || request.providerApi === "interactions" ? "interactions" : "generate-content";
}

/**
 * The API whose field names the code writes, for messages and fixes (`image_size` or
 * `imageSize`): an AI SDK request writes camelCase whatever API its provider sends it to, since
 * the provider converts the names (SOURCES.aiSdkGoogleDeclarations).
 */
export function spellingOf(request: { readonly shape: RequestShape }): GeminiApi {
  return request.shape === "interactions" ? "interactions" : "generate-content";
}

/** True when a URL text addresses the Interactions API (`…/v1beta/interactions`). */
export function isInteractionsUrl(text: string | undefined): text is string {
  return text !== undefined && apiOfUrl(text) === "interactions";
}

/** Gemini's API version segments (`v1beta`, `v1alpha`) right before `/interactions`. */
const GEMINI_VERSION_PATH = /\/v1(?:alpha|beta)\/interactions\/?(?:[?#]|$)/u;

/**
 * True when a URL text is Gemini's Interactions endpoint by itself: on Google's host, or under
 * one of Gemini's beta version segments. Checks that read only the URL (the key in its query)
 * need this much; a bare `…/interactions` is many other services' path too.
 */
export function isGeminiInteractionsUrl(text: string | undefined): text is string {
  return isInteractionsUrl(text) && (reachesGoogle(text, false) || GEMINI_VERSION_PATH.test(text));
}

/**
 * `<ai>.interactions.create(params)` of `@google/genai` (the SDK's only create method; `stream:
 * true` in the params is its streaming form), also through an alias (`const { interactions } =
 * ai`, `const i = ai.interactions`). Other SDKs have an `interactions` namespace too, so the call
 * counts only with evidence that it is Gemini's: a Gemini model id, or an import of @google/genai.
 */
export function locateInteractionsRequest(ctx: LocatorContext, call: TSESTree.CallExpression): FoundRequest | FoundRequest[] | undefined {
  const object = calleeObject(call.callee);
  const argument = call.arguments[0];
  if (calleeName(call.callee) !== "create" || !object || !argument || argument.type === AST_NODE_TYPES.SpreadElement) return undefined;
  if (!isNamespace(ctx, object, "interactions") || isOtherClient(ctx, object)) return undefined;
  const root = viewOf(ctx, argument);
  if (root) return interactionRequest(ctx, call, root);
  return forwardedInteractions(ctx, argument);
}

/** The request of one parameters object, sent by `node` (the create call or a wrapper's caller). */
function interactionRequest(ctx: LocatorContext, node: TSESTree.CallExpression, root: ObjectView): FoundRequest | undefined {
  const choice = modelProperty(ctx, root);
  if (!isGeminiInteraction(ctx, choice, undefined)) return undefined;
  return { shape: "interactions", api: "interactions.create", origin: "call", node, root, ...orSettings(ctx, choice), url: undefined };
}

/**
 * Parameters a same-file wrapper passes on (`const run = (params) => ai.interactions.create(params)`):
 * one request per object its callers pass, sent at the caller, with what the wrapper adds to the
 * parameter (`params.store = false`) as part of it, as for a REST wrapper's body.
 */
function forwardedInteractions(ctx: LocatorContext, argument: TSESTree.Node): FoundRequest[] {
  const forwarded = forwardedParameter(ctx, argument);
  if (!forwarded) return [];
  const requests: FoundRequest[] = [];
  for (const site of callSites(ctx, forwarded.fn)) {
    const passed = argumentFor(site, forwarded.index);
    for (const root of passed ? viewsOf(ctx, passed) : []) {
      for (const mutation of forwarded.usage.mutations) root.addMutation(mutation);
      if (forwarded.usage.escapes) root.mayHaveUnknownKeys = true;
      const request = interactionRequest(ctx, site, root);
      if (request) requests.push(request);
    }
  }
  return requests;
}

/**
 * True when an Interactions request is Gemini's: sent to Google's host, naming a Gemini model
 * (any id of the family, even a text one), or in a file that imports @google/genai. A bare
 * `…/interactions` path or `x.interactions.create` says nothing on its own (chat platforms and
 * other SDKs use the word), and a false report costs more than a missed one.
 */
export function isGeminiInteraction(ctx: LocatorContext, choice: ModelChoice | undefined, url: string | undefined): boolean {
  if (url !== undefined && reachesGoogle(url, false)) return true;
  const models = choice?.candidates ?? (choice?.model ? [choice.model] : []);
  if (models.some((model) => isGeminiModelName(model.text))) return true;
  return importsGenai(ctx);
}

/** True when an Interactions body addresses an agent (`agent`, no `model`): not a model's image request. */
export function isAgentRequest(root: ObjectView): boolean {
  return root.get("agent") !== undefined && root.get("model") === undefined;
}

/**
 * True for `<client>.interactions` where the code shows the client is another SDK's: made by
 * `new X(…)` with X imported from a module other than @google/genai. A file may import
 * @google/genai and still talk to a chat platform's `interactions` API.
 */
function isOtherClient(ctx: LocatorContext, namespace: TSESTree.Node): boolean {
  const member = unwrap(namespace);
  if (member.type !== AST_NODE_TYPES.MemberExpression) return false;
  let client = unwrap(member.object);
  if (client.type === AST_NODE_TYPES.Identifier) {
    const init = resolveBinding(ctx, client)?.init;
    if (!init) return false;
    client = unwrap(init);
  }
  if (client.type !== AST_NODE_TYPES.NewExpression || client.callee.type !== AST_NODE_TYPES.Identifier) return false;
  const origin = importOrigin(ctx, client.callee);
  return origin !== undefined && origin.source !== GENAI_MODULE;
}

const imports = new WeakMap<object, boolean>();

/** True when the file imports or requires @google/genai. */
function importsGenai(ctx: LocatorContext): boolean {
  const cached = imports.get(ctx.sourceCode);
  if (cached !== undefined) return cached;
  const found =
    ctx.sourceCode.ast.body.some((statement) => statement.type === AST_NODE_TYPES.ImportDeclaration && statement.source.value === GENAI_MODULE) ||
    new RegExp(`(?:require|import)\\(\\s*["']${GENAI_MODULE}["']\\s*\\)`, "u").test(ctx.sourceCode.text);
  imports.set(ctx.sourceCode, found);
  return found;
}
