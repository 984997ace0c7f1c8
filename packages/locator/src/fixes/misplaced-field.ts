import { CAMEL_TO_SNAKE } from "@gemini-image/protocol";
import type { TSESLint } from "@typescript-eslint/utils";
import { propertyText } from "../fix.js";
import { apiOfRequest } from "../interactions.js";
import type { FieldEntry, ObjectView } from "../object-view.js";
import { childObject, configOf, configPath, field, imageConfigOf, literalProperty } from "../parts.js";
import type { LocatedRequest } from "../types.js";
import { addProperties, configKeys, targetOf } from "./placement.js";
import { imageEntryText } from "./image-entry.js";
import type { FindingFix } from "./types.js";

/** Where each image field belongs, below the config object. */
const HOME: Readonly<Record<string, readonly string[]>> = {
  imageConfig: [],
  responseModalities: [],
  aspectRatio: ["imageConfig"],
  imageSize: ["imageConfig"],
};

/** An image field at a level where Gemini ignores it (`misplaced-field`), with the move that fixes it. */
export interface MisplacedFieldCheck {
  readonly entry: FieldEntry;
  /** The camelCase name of the field. */
  readonly name: string;
  /** Where it stands, as the message says it. */
  readonly at: string;
  /** Where it belongs, as the message says it (`generationConfig.imageConfig.aspectRatio`). */
  readonly expected: string;
  /** The keys from the request's root to the object it belongs in (`["generationConfig", "imageConfig"]`). */
  readonly path: readonly string[];
  /**
   * The move, when it is certain; otherwise why not: `elsewhere` when the property is not
   * written in this object literal (an assignment, a spread const used elsewhere too), `taken`
   * when the destination already holds the field (a person picks one), `unplaceable` when the
   * destination is not an object literal here, `later` when another move of this request
   * creates its destination first (the next pass moves it).
   */
  readonly fix: FindingFix | undefined;
  readonly blocked: "elsewhere" | "taken" | "unplaceable" | "later" | undefined;
}

/**
 * The misplaced image fields of a request that `no-misplaced-fields` reports and `eslint --fix`
 * and `migrate` move: `imageConfig` and `responseModalities` (and the imageConfig fields) at the
 * top of a body or parameters, where Gemini ignores them, into the config, and `aspectRatio` /
 * `imageSize` directly on the config (or on the AI SDK's `providerOptions.google`, vercel/ai
 * issue 11848) into its `imageConfig`, or for the AI SDK's `google.interactions` model into its
 * `responseFormat` image entry. One level per pass: while a top-level field moves, the config's
 * fields wait, so two moves never create the same object twice.
 */
export function misplacedFieldChecks(sourceCode: Readonly<TSESLint.SourceCode>, request: LocatedRequest): MisplacedFieldCheck[] {
  // This table is generateContent's; an interaction's fields are the validator's and the
  // Interactions rules' (no-deprecated-interaction-fields) business. The AI SDK's Interactions
  // model reads image settings from `responseFormat` entries: its own check below.
  if (apiOfRequest(request) === "interactions") return request.providerApi === "interactions" ? aiSdkInteractionsChecks(sourceCode, request) : [];
  const target = configPath(request);
  const creating = new Set<string>();
  const checks: MisplacedFieldCheck[] = [];
  const level = (view: ObjectView | undefined, at: string, names: readonly string[], prefix: readonly string[]): void => {
    for (const name of names) {
      const entry = view?.find(name, CAMEL_TO_SNAKE[name]);
      if (!entry || !view) continue;
      const path = [...prefix, ...HOME[name]!];
      const destination = HOME[name]!.length > 0 ? imageConfigOf(request) : configOf(request);
      const property = literalProperty(entry);
      let blocked: MisplacedFieldCheck["blocked"];
      let fix: FindingFix | undefined;
      const place = targetOf(request.root, path);
      // Only properties written in this object literal move; spread-in ones live elsewhere.
      if (!property || property.parent !== view.node) blocked = "elsewhere";
      else if (field(destination, name)) blocked = "taken";
      else if (!place) blocked = "unplaceable";
      else {
        const created = place.missing.length > 0 ? `${place.object.range.join(":")}/${place.missing[0]}` : undefined;
        if (created && creating.has(created)) blocked = "later";
        else {
          if (created) creating.add(created);
          const text = propertyText(sourceCode, property);
          fix = (fixer) => addProperties(fixer, sourceCode, request.root, path, [text], [property], { moved: true }) ?? [];
        }
      }
      checks.push({ entry, name, at, expected: [target, ...HOME[name]!, name].join("."), path, fix, blocked });
    }
  };
  if (request.shape !== "ai-sdk") {
    const at = request.shape === "rest" ? "the top level of the request body" : "the top level of the call's parameters";
    level(request.root, at, Object.keys(HOME), configKeys(request));
  }
  const moving = checks.some((c) => c.fix);
  const before = checks.length;
  level(configOf(request), `\`${target}\``, ["aspectRatio", "imageSize"], configKeys(request));
  if (moving) {
    for (let i = before; i < checks.length; i++) if (checks[i]!.fix) checks[i] = { ...checks[i]!, fix: undefined, blocked: "later" };
  }
  return checks;
}

/**
 * `aspectRatio` / `imageSize` written directly in `providerOptions.google` of an AI SDK call to
 * `google.interactions(…)`. That model's options are a zod object without those keys, which
 * drops unknown keys without a word (@ai-sdk/google 4.0.121 dist/index.js,
 * `googleInteractionsLanguageModelOptions`; SOURCES.aiSdkGoogleDeclarations): the settings belong
 * in an image entry of `responseFormat` (or the deprecated `imageConfig` where no entry exists).
 * The move goes into that entry; where the options have neither, the first field becomes
 * `responseFormat: [{ type: "image", … }]` and the second follows on the next pass.
 */
function aiSdkInteractionsChecks(sourceCode: Readonly<TSESLint.SourceCode>, request: LocatedRequest): MisplacedFieldCheck[] {
  const options = configOf(request);
  if (!options) return [];
  const target = configPath(request);
  // The provider reads `imageConfig` only where `responseFormat` has no image entry (parts.ts, imageSettingsOf).
  const imageEntry = imageConfigOf(request);
  const home = imageEntry ?? childObject(options, "imageConfig");
  // Where the settings go, as the message and the codemod's type check name it.
  const intoImageConfig = home !== undefined && imageEntry === undefined;
  const checks: MisplacedFieldCheck[] = [];
  let creating = false;
  for (const name of ["aspectRatio", "imageSize"]) {
    const entry = options.find(name, CAMEL_TO_SNAKE[name]);
    if (!entry) continue;
    const property = literalProperty(entry);
    let blocked: MisplacedFieldCheck["blocked"];
    let fix: FindingFix | undefined;
    if (!property || property.parent !== options.node) blocked = "elsewhere";
    else if (home) {
      if (field(home, name)) blocked = "taken";
      else if (!home.node) blocked = "unplaceable";
      else {
        const text = propertyText(sourceCode, property);
        fix = (fixer) => addProperties(fixer, sourceCode, home, [], [text], [property], { moved: true }) ?? [];
      }
    } else if (options.get("responseFormat")) {
      // A list without an image entry (text only, or built elsewhere): a person adds the entry.
      blocked = "unplaceable";
    } else if (creating) {
      blocked = "later";
    } else {
      creating = true;
      const text = `responseFormat: [${imageEntryText(sourceCode, [propertyText(sourceCode, property)])}]`;
      fix = (fixer) => fixer.replaceText(property, text);
    }
    const path = [...configKeys(request), intoImageConfig ? "imageConfig" : "responseFormat"];
    checks.push({ entry, name, at: `\`${target}\``, expected: `${target}.${intoImageConfig ? "imageConfig" : "responseFormat[]"}.${name}`, path, fix, blocked });
  }
  return checks;
}
