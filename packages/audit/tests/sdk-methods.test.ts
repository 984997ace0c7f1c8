/**
 * SDK_METHODS (in the protocol package) names SDK classes and methods from memory of their
 * type declarations; this checks every entry against the declarations actually installed. A
 * renamed class or method in a new SDK release fails here instead of silently hiding calls.
 */
import { fileURLToPath } from "node:url";
import { SDK_METHODS, type SdkMethod } from "@gemini-image/protocol";
import { Node, Project } from "ts-morph";
import { describe, expect, it } from "vitest";
import { sdkMethodOf } from "../src/sdk-call.ts";

const APP = fileURLToPath(new URL("./fixtures/app/", import.meta.url));

/** An expression of each owner's type, written as users reach it from the SDK's entry point. */
const RECEIVERS: Record<string, string> = {
  "@google/genai Models": "ai.models",
  "@google/genai Chats": "ai.chats",
  "@google/genai Chat": "chat",
  "@google/generative-ai GoogleGenerativeAI": "legacy",
  "@google/generative-ai GenerativeModel": "model",
  "@google/generative-ai ChatSession": "session",
  "openai Images": "openai.images",
};

const PRELUDE = `
import type { Chat, GoogleGenAI } from "@google/genai";
import type { ChatSession, GenerativeModel, GoogleGenerativeAI } from "@google/generative-ai";
import type OpenAI from "openai";
declare const ai: GoogleGenAI;
declare const chat: Chat;
declare const legacy: GoogleGenerativeAI;
declare const model: GenerativeModel;
declare const session: ChatSession;
declare const openai: OpenAI;
`;

const key = (m: SdkMethod) => `${m.package} ${m.owner}`;

describe("SDK_METHODS against the installed SDK declarations", () => {
  const project = new Project({ tsConfigFilePath: `${APP}tsconfig.json`, skipAddingFilesFromTsConfig: true });
  const calls = SDK_METHODS.map((m) => `${RECEIVERS[key(m)]}.${m.method}({} as any);`);
  const file = project.createSourceFile(`${APP}src/__sdk-methods-probe.ts`, `${PRELUDE}\n${calls.join("\n")}\n`);

  it("has a receiver for every owner class, so no entry goes unchecked", () => {
    expect(SDK_METHODS.filter((m) => RECEIVERS[key(m)] === undefined)).toEqual([]);
  });

  it("compiles: every class and method named exists in the installed types", () => {
    const errors = file.getPreEmitDiagnostics().map((d) => `${d.getLineNumber()}: ${d.getMessageText().toString()}`);
    expect(errors).toEqual([]);
  });

  it("resolves each call, through the type checker, to its own entry", () => {
    const resolved = file
      .getStatements()
      .filter(Node.isExpressionStatement)
      .map((statement) => statement.getExpression())
      .filter(Node.isCallExpression)
      .map((call) => sdkMethodOf(call));
    expect(resolved).toEqual(SDK_METHODS);
  });
});
