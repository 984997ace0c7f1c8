import { SDK_METHODS, resolveModel, type SdkApi } from "@gemini-image/protocol";
import type { CallExpression } from "ts-morph";
import { Node } from "./ts-morph.js";
import { factoryCalls } from "./factory.js";
import type { ModelValue, RequestValues } from "./request-values.js";
import { sdkMethodOf } from "./sdk-call.js";
import type { TypeInfo } from "./type-info.js";
import { HOLE, constantText, placeOf, readPath, writesPath } from "./typed-values.js";

/** Where the generation settings sit in each API's request. */
const CONFIG_KEY: Partial<Record<SdkApi, string>> = { genai: "config", "genai-chat": "config", legacy: "generationConfig" };

const SEND_METHODS = [...new Set(SDK_METHODS.filter((m) => m.role === "send" && CONFIG_KEY[m.api] !== undefined).map((m) => m.method))];
const SEND_CALL = new RegExp(String.raw`\.\s*(${SEND_METHODS.join("|")})\s*\(`, "gu");

/** A send call found through its declared type, and the factory call it was made by, if any. */
export interface TypedCall {
  readonly values: RequestValues;
  /** The factory (`chats.create`, `getGenerativeModel`) the call sends through, where it is written. */
  readonly factory: { readonly path: string; readonly offset: number } | undefined;
}

function modelOf(requests: readonly Node[]): ModelValue {
  for (const request of requests) {
    if (readPath(request, ["model"]).kind === "absent") continue;
    const property = request.getType().getProperty("model")?.getValueDeclaration();
    const node = Node.isPropertyAssignment(property) ? property.getInitializer() : undefined;
    const text = node ? constantText(node) : undefined;
    if (!node || text === undefined || text === "" || text.includes(HOLE)) break;
    return { kind: "known", text, resolved: resolveModel(text), at: placeOf(node) };
  }
  // A chat or model whose factory the checker cannot see (a typed parameter) has a model, unknown here.
  return { kind: "unknown", text: undefined, resolved: undefined, at: undefined };
}

/**
 * SDK send calls the locator cannot see from one file, found through their declared types: a
 * `chat: Chat` or `model: GenerativeModel` parameter, a chat or legacy model imported from
 * another file. Calls at `located` offsets (already found by the locator) are skipped.
 */
export function typedCalls(types: TypeInfo, path: string, text: string, located: ReadonlySet<number>): TypedCall[] {
  const file = types.sourceFile(path);
  if (!file) return [];
  const found: TypedCall[] = [];
  for (const match of text.matchAll(SEND_CALL)) {
    const name = file.getDescendantAtPos(match.index + match[0].indexOf(match[1]!));
    const access = name?.getParent();
    const call = access?.getParent();
    if (!Node.isPropertyAccessExpression(access) || !Node.isCallExpression(call) || call.getExpression() !== access) continue;
    if (located.has(call.getStart())) continue;
    const sdk = sdkMethodOf(call);
    const settings = sdk && CONFIG_KEY[sdk.api];
    if (!sdk || sdk.role !== "send" || settings === undefined) continue;
    found.push(typedCall(call, sdk.api, sdk.method, settings));
  }
  return found;
}

function typedCall(call: CallExpression, api: SdkApi, method: string, settings: string): TypedCall {
  const factories = factoryCalls(call);
  const own = call.getArguments()[0];
  const requests = [...(own ? [own] : []), ...factories.flatMap((factory) => factory.getArguments().slice(0, 1))];
  const root = factories[factories.length - 1];
  const modalities = requests.some((request) => writesPath(request, [settings, "responseModalities"]));
  return {
    factory: root && { path: root.getSourceFile().getFilePath(), offset: root.getStart() },
    values: {
      api: api as RequestValues["api"],
      interactions: false,
      method,
      at: placeOf(call),
      sends: [],
      model: modelOf(requests),
      imageSizes: requests.map((request) => readPath(request, [settings, "imageConfig", "imageSize"])),
      aspectRatios: requests.map((request) => readPath(request, [settings, "imageConfig", "aspectRatio"])),
      candidateCounts: requests.map((request) => readPath(request, [settings, "candidateCount"])),
      evidence: {
        // The checker keeps an array's element literals only in `as const` arrays: otherwise unknown.
        modalities: modalities ? "unknown" : undefined,
        imageConfig: requests.some((request) => writesPath(request, [settings, "imageConfig"])),
        json: requests.some((request) => writesPath(request, [settings, "responseSchema"]) || writesPath(request, [settings, "responseJsonSchema"])),
      },
    },
  };
}
