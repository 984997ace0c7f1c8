import * as parser from "@typescript-eslint/parser";
import { Linter } from "eslint";
import { locateRequests, type LocatedRequest } from "@gemini-image/locator";
import { configOf, imageConfigOf } from "@gemini-image/locator";

/** What a test needs to know about one located request. */
export interface RequestSummary {
  shape: LocatedRequest["shape"];
  api: string;
  /** Present for an AI SDK model whose provider sends an Interactions request. */
  providerApi?: "interactions";
  origin: LocatedRequest["origin"];
  model: string | undefined;
  /** Present when the model is only the likely one. */
  likely?: true;
  /** The candidate models, when the code names several. */
  candidates?: (string | undefined)[];
  keys: string[];
  configKeys: string[] | undefined;
  imageConfigKeys: string[] | undefined;
  mayHaveUnknownKeys: boolean;
  verdict: LocatedRequest["classification"]["verdict"];
  /** The kinds of evidence found, in order, for and against. */
  evidence: string[];
  conflicts: string[];
}

/** Runs the locator on `code` through a real ESLint Linter and summarises what it found. */
export function locate(code: string, settings: Record<string, unknown> = {}): RequestSummary[] {
  const found: RequestSummary[] = [];
  const linter = new Linter({ configType: "flat" });
  const messages = linter.verify(code, {
    files: ["**/*.ts"],
    languageOptions: { parser, sourceType: "module" },
    settings,
    plugins: {
      probe: {
        rules: {
          locate: {
            create(context) {
              return {
                "Program:exit"() {
                  for (const request of locateRequests(context as never)) {
                    const config = configOf(request);
                    const imageConfig = imageConfigOf(request);
                    found.push({
                      shape: request.shape,
                      api: request.api,
                      ...(request.providerApi ? { providerApi: request.providerApi } : {}),
                      origin: request.origin,
                      model: modelName(request.model),
                      ...(request.model?.likely ? { likely: true as const } : {}),
                      ...(request.candidates ? { candidates: request.candidates.map(modelName) } : {}),
                      keys: request.root.entries.map((e) => e.key),
                      configKeys: config?.entries.map((e) => e.key),
                      imageConfigKeys: imageConfig?.entries.map((e) => e.key),
                      mayHaveUnknownKeys: request.root.mayHaveUnknownKeys,
                      verdict: request.classification.verdict,
                      evidence: request.classification.evidence.map((e) => e.kind),
                      conflicts: request.classification.conflicts.map((e) => e.kind),
                    });
                  }
                },
              };
            },
          },
        },
      },
    },
    rules: { "probe/locate": "error" },
  }, "file.ts");
  const fatal = messages.find((m) => m.fatal);
  if (fatal) throw new Error(`parse error: ${fatal.message}`);
  return found;
}

function modelName(model: LocatedRequest["model"]): string | undefined {
  return model?.resolved.kind === "known" ? model.resolved.id : model?.text;
}
