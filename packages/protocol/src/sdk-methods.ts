/**
 * The SDK methods that send image-generation requests (or make the object that later sends
 * them), by the package and class that declare them. Sources: the type declarations of
 * `@google/genai` 3.x (`Models`, `Chats`, `Chat`), `@google/generative-ai` 0.24
 * (`GoogleGenerativeAI`, `GenerativeModel`, `ChatSession`) and `openai` (`Images`).
 */

/** An SDK package whose methods send image requests. */
export type SdkPackage = "@google/genai" | "@google/generative-ai" | "openai";

/**
 * How a call is read: `genai` and `genai-chat` take `config.imageConfig`, `legacy` takes
 * `generationConfig.imageConfig`, `imagen` is `generateImages` (Imagen models, not Gemini),
 * `openai` is an OpenAI images call to migrate.
 */
export type SdkApi = "genai" | "genai-chat" | "legacy" | "imagen" | "openai";

/** One SDK method. */
export interface SdkMethod {
  readonly package: SdkPackage;
  /** The class that declares the method, as the package's types name it. */
  readonly owner: string;
  readonly method: string;
  readonly api: SdkApi;
  /**
   * `send` sends a request; `factory` makes the object (chat, model) whose later calls send,
   * fixing their model and configuration.
   */
  readonly role: "send" | "factory";
}

/** The methods `owner` declares, all read as `api` and with one role. */
const methods = (pkg: SdkPackage, owner: string, api: SdkApi, names: readonly string[], role: SdkMethod["role"] = "send"): SdkMethod[] =>
  names.map((name) => ({ package: pkg, owner, method: name, api, role }));

/** Every SDK method that sends an image request or makes the object that does. */
export const SDK_METHODS: readonly SdkMethod[] = [
  ...methods("@google/genai", "Models", "genai", ["generateContent", "generateContentStream"]),
  ...methods("@google/genai", "Chats", "genai-chat", ["create"], "factory"),
  ...methods("@google/genai", "Chat", "genai-chat", ["sendMessage", "sendMessageStream"]),
  ...methods("@google/genai", "Models", "imagen", ["generateImages"]),
  ...methods("@google/generative-ai", "GoogleGenerativeAI", "legacy", ["getGenerativeModel"], "factory"),
  ...methods("@google/generative-ai", "GenerativeModel", "legacy", ["generateContent", "generateContentStream"]),
  ...methods("@google/generative-ai", "GenerativeModel", "legacy", ["startChat"], "factory"),
  ...methods("@google/generative-ai", "ChatSession", "legacy", ["sendMessage", "sendMessageStream"]),
  ...methods("openai", "Images", "openai", ["generate", "edit", "createVariation"]),
];

/** The SDK method `package` declares as `owner.name`, if it is one of SDK_METHODS. */
export function findSdkMethod(pkg: string, owner: string, name: string): SdkMethod | undefined {
  return SDK_METHODS.find((m) => m.package === pkg && m.owner === owner && m.method === name);
}

/** The names of the sending methods of `owner` read as `api`, for locators that match by name. */
export function sdkMethodNames(api: SdkApi, owner: string): ReadonlySet<string> {
  return new Set(SDK_METHODS.filter((m) => m.api === api && m.owner === owner && m.role === "send").map((m) => m.method));
}
