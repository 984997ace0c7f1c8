import { GENERATE_METHODS } from "@gemini-image/protocol";
import { Node, type CallExpression } from "ts-morph";
import { constantText, initializerOf } from "./values.js";

/** A REST call to `…/models/<model>:generateContent`. */
export interface RestCall {
  /** The URL as far as it is constant; unknown parts are HOLE. */
  readonly url: string;
  /** The request body object, when the audit can see it. */
  readonly body: Node | undefined;
}

const ACTIONS = GENERATE_METHODS.map((method) => `:${method}`);

/** The body object of `fetch(url, { body: JSON.stringify(body) })` or `post(url, body)`. */
function bodyOf(options: Node | undefined): Node | undefined {
  if (!options) return undefined;
  const body = initializerOf(options, "body");
  if (Node.isCallExpression(body) && body.getExpression().getText() === "JSON.stringify") return body.getArguments()[0];
  if (body) return undefined;
  const type = options.getType();
  return type.getProperty("contents") || type.getProperty("generationConfig") ? options : undefined;
}

/**
 * A call whose first argument is (or is a `const` holding) a URL with `:generateContent` or
 * `:streamGenerateContent`. Only calls that answer a promise count: a request is asynchronous,
 * while `console.log(url)` or a string helper is not a request.
 */
export function restCallOf(call: CallExpression): RestCall | undefined {
  const [first, second] = call.getArguments();
  if (!first) return undefined;
  const url = constantText(first);
  if (url === undefined || !ACTIONS.some((action) => url.includes(action))) return undefined;
  if (!call.getReturnType().getProperty("then")) return undefined;
  return { url, body: bodyOf(second) };
}
