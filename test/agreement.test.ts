/**
 * Agreement (issue 11, part 5): every tool gives the same verdict on the same request. Each
 * fixture under fixtures/agreement holds ONE request (or one must-stay-silent trap) and says in
 * its header which finding ids a correct tool reports (`// expect:`), from the protocol facts.
 * ESLint (recommended and all), `check` (the validator) on literal REST bodies, the audit, and
 * `migrate` followed by ESLint again are compared with that truth. Every difference the tools
 * show today is one row of DIFFERENCES with its reason; a row that no longer differs fails the
 * test, so the table only shrinks as the tools get fixed.
 *
 * `AGREEMENT_DUMP=1 npx vitest run test/agreement.test.ts` prints every difference as a row.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import tsParser from "@typescript-eslint/parser";
import { ESLint, Linter, type Rule } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";
import { audit } from "@gemini-image/audit";
import { migrateSource } from "@gemini-image/codemod";
import { locateRequests, type LocatedRequest } from "@gemini-image/locator";
import { FINDING_IDS, type FindingId, type GeminiApi } from "@gemini-image/protocol";
import { validate } from "@gemini-image/schema";
import plugin from "eslint-plugin-gemini-image";
import { RULE_FINDINGS, findingOf } from "eslint-plugin-gemini-image/findings";
import { DIFFERENCES, type Difference, type Tool } from "./agreement-differences.js";
import { AUDIT_IDS } from "./audit-ids.js";

const DIR = fileURLToPath(new URL("fixtures/agreement/", import.meta.url));
const PREFIX = "gemini-image/";

// ---------------------------------------------------------------------------------------------
// What each tool can report at all. A fixture's expected ids are restricted to these before the
// comparison, so a tool is never asked for what it cannot see. What a tool reports is never
// restricted: when a tool learns a new id, its "extra" rows say so and its set here grows.

const eslintIds = (rules: Readonly<Record<string, unknown>>): ReadonlySet<FindingId> =>
  new Set(
    Object.keys(rules).flatMap((name) => Object.values(RULE_FINDINGS[name.slice(PREFIX.length) as keyof typeof RULE_FINDINGS] ?? {})),
  );

/** ESLint: the ids of the config's rules (through the plugin's RULE_FINDINGS). */
const ESLINT_ALL_IDS = eslintIds(plugin.configs.all.find((entry) => entry.rules)?.rules ?? {});
const ESLINT_RECOMMENDED_IDS = eslintIds(plugin.configs.recommended.find((entry) => entry.rules)?.rules ?? {});

/** `check` validates a body (and the model its URL names): it cannot see these. */
const CHECK_CANNOT_SEE: Readonly<Partial<Record<FindingId, string>>> = {
  "key-in-url": "the URL is not the body; check takes the model from it and drops the key",
  "first-part-image": "reading the response is code, not the body",
  "snake-case-response": "reading the response is code, not the body",
  "text-before-images": "part order is advice the validator does not give (warning of one ESLint rule only)",
};
const CHECK_IDS: ReadonlySet<FindingId> = new Set(FINDING_IDS.filter((id) => !(id in CHECK_CANNOT_SEE)));

/**
 * What a correct `migrate` fixes (docs/codemod.md, plus what `eslint --fix` fixes, which issue 11
 * part 3 asks migrate to apply too). A fixture names with `// migrate leaves:` what stays by
 * design (no fix keeps the request's meaning). Everything else must survive migrate unchanged.
 */
const MIGRATE_FIXES: ReadonlySet<FindingId> = new Set<FindingId>([
  "openai-size",
  "openai-n",
  "candidate-count",
  "openai-field",
  "snake-case-field",
  "misplaced-field",
  "missing-response-modalities",
  "response-modality-case",
  "invalid-image-size",
  "invalid-aspect-ratio",
  "retired-model",
  "interactions-camel-case",
  "deprecated-interaction-field",
  "generate-content-shape-in-input",
]);

/** The model `migrate --model` is given for the files with nothing to fix. */
const MIGRATE_MODEL = "gemini-3-pro-image";

/** Stands for "migrate edited a file although nothing in it was for migrate to fix". */
const UNEXPECTED_EDIT = "unexpected-edit";
/** Stands for "migrate threw on the file" (the CLI counts it as failed). */
const MIGRATE_FAILED = "failed";

// ---------------------------------------------------------------------------------------------
// The fixtures.

interface Fixture {
  /** Path below fixtures/agreement, with forward slashes. */
  readonly name: string;
  readonly path: string;
  readonly text: string;
  readonly expected: ReadonlySet<FindingId>;
  readonly migrateLeaves: ReadonlySet<FindingId>;
}

function headerIds(text: string, label: string, name: string): Set<FindingId> {
  const line = new RegExp(`^// ${label}: (.+)$`, "mu").exec(text)?.[1]?.trim();
  if (line === undefined || line === "none") return new Set();
  const ids = line.split(/\s*,\s*/u);
  for (const id of ids) if (!FINDING_IDS.includes(id as FindingId)) throw new Error(`${name}: "${id}" is not a finding id`);
  return new Set(ids as FindingId[]);
}

function readFixtures(): Fixture[] {
  const files = readdirSync(DIR, { recursive: true, encoding: "utf8" }).filter((f) => /\.[cm]?[jt]sx?$/u.test(f));
  return files.sort().map((file) => {
    const path = join(DIR, file);
    const name = file.split(sep).join("/");
    const text = readFileSync(path, "utf8");
    return { name, path, text, expected: headerIds(text, "expect", name), migrateLeaves: headerIds(text, "migrate leaves", name) };
  });
}

const fixtures = readFixtures();

// ---------------------------------------------------------------------------------------------
// Running the tools.

const parserConfig: Linter.Config[] = [
  { files: ["**/*.{js,mjs,ts,tsx,jsx}"], languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } } },
  { files: ["**/*.cjs"], languageOptions: { parser: tsParser, sourceType: "commonjs" } },
];

// typescript-eslint types its flat configs apart from ESLint's own; they are the same objects.
const eslintFor = (config: "recommended" | "all"): ESLint =>
  new ESLint({ cwd: DIR, overrideConfigFile: true, overrideConfig: [...parserConfig, ...(plugin.configs[config] as unknown as Linter.Config[])] });

/** The finding ids of one ESLint result; a parse failure throws (a fixture must parse). */
function idsOf(result: ESLint.LintResult, name: string): Set<FindingId> {
  const ids = new Set<FindingId>();
  for (const message of result.messages) {
    if (message.fatal || !message.ruleId || !message.messageId) throw new Error(`${name}: ${message.message}`);
    const id = findingOf(message.ruleId.slice(PREFIX.length), message.messageId);
    if (!id) throw new Error(`${name}: ${message.ruleId} ${message.messageId} maps to no finding id`);
    ids.add(id);
  }
  return ids;
}

async function lintAll(eslint: ESLint): Promise<Map<string, Set<FindingId>>> {
  const results = await eslint.lintFiles(["."]);
  const byFile = new Map<string, Set<FindingId>>();
  for (const result of results) {
    const name = relative(DIR, result.filePath).split(sep).join("/");
    byFile.set(name, idsOf(result, name));
  }
  return byFile;
}

/** A JSON value written entirely as literals, or `undefined` when any part is computed. */
function literalJson(node: unknown): { value: unknown } | undefined {
  const n = node as { type: string; [key: string]: unknown };
  switch (n.type) {
    case "TSAsExpression":
    case "TSSatisfiesExpression":
      return literalJson(n.expression);
    case "Literal": {
      const value = n.value;
      return value === null || ["string", "number", "boolean"].includes(typeof value) ? { value } : undefined;
    }
    case "TemplateLiteral": {
      const quasis = n.quasis as { value: { cooked: string } }[];
      return (n.expressions as unknown[]).length === 0 ? { value: quasis[0]!.value.cooked } : undefined;
    }
    case "UnaryExpression": {
      const inner = n.operator === "-" ? literalJson(n.argument) : undefined;
      return typeof inner?.value === "number" ? { value: -inner.value } : undefined;
    }
    case "ArrayExpression": {
      const values: unknown[] = [];
      for (const element of n.elements as unknown[]) {
        const item = element === null ? undefined : literalJson(element);
        if (!item) return undefined;
        values.push(item.value);
      }
      return { value: values };
    }
    case "ObjectExpression": {
      const object: Record<string, unknown> = {};
      for (const property of n.properties as { type: string; computed: boolean; key: { type: string; name?: string; value?: unknown }; value: unknown }[]) {
        if (property.type !== "Property" || property.computed) return undefined;
        const key = property.key.type === "Identifier" ? property.key.name : property.key.value;
        const item = literalJson(property.value);
        if (typeof key !== "string" || !item) return undefined;
        object[key] = item.value;
      }
      return { value: object };
    }
    default:
      return undefined;
  }
}

/**
 * What `check` is given for one fixture: the REST body as JSON, the model its URL names, and the
 * API of the URL (an Interactions body names its model itself).
 */
type CheckInput = { body: unknown; model: string | undefined; api: GeminiApi } | { skipped: string };

/** The requests the shared locator finds, collected by a one-rule ESLint run (the locator reads ESLint's SourceCode). */
let located: LocatedRequest[] = [];
const collect: Rule.RuleModule = {
  create: (context) => ({
    "Program:exit"() {
      located = [...locateRequests(context as never)];
    },
  }),
};
const locatorLinter = new Linter({ configType: "flat" });
const locatorConfig: Linter.Config[] = [...parserConfig, { plugins: { agreement: { rules: { collect } } }, rules: { "agreement/collect": "error" } }];

/** The fixture's REST body through the shared locator, when it is written as one literal. */
function checkInput(fixture: Fixture): CheckInput {
  located = [];
  locatorLinter.verify(fixture.text, locatorConfig, { filename: fixture.path });
  const requests = located;
  // A wire body: a REST generateContent body, or an Interactions body, which the SDK sends as written.
  const rest = requests.filter((r) => r.shape === "rest" || r.shape === "interactions");
  if (requests.length === 0) return { skipped: "no Gemini request found" };
  if (rest.length === 0) return { skipped: "SDK parameters, not a wire body" };
  const [request] = rest;
  const root = request!.root;
  const fromLiteral = root.node !== undefined && root.mutations.length === 0 && root.entries.every((e) => e.object === root.node);
  const json = fromLiteral ? literalJson(root.node) : undefined;
  if (!json) return { skipped: "the body is not one literal" };
  const api: GeminiApi = request!.shape === "interactions" ? "interactions" : "generate-content";
  return { body: json.value, model: api === "interactions" ? undefined : request!.model?.text, api };
}

// ---------------------------------------------------------------------------------------------
// Comparing.

interface Observed {
  readonly tool: Tool;
  readonly id: string;
  readonly got: "extra" | "missing";
}

function compare(tool: Tool, expected: ReadonlySet<string>, actual: ReadonlySet<string>): Observed[] {
  return [
    ...[...actual].filter((id) => !expected.has(id)).map((id) => ({ tool, id, got: "extra" as const })),
    ...[...expected].filter((id) => !actual.has(id)).map((id) => ({ tool, id, got: "missing" as const })),
  ];
}

const only = (ids: ReadonlySet<FindingId>, allowed: ReadonlySet<FindingId>): Set<FindingId> => new Set([...ids].filter((id) => allowed.has(id)));

const key = (d: { tool: string; id: string; got: string }): string => `${d.tool} ${d.got} ${d.id}`;

/** What `check` is given, per fixture: computed up front, so each test's title can say when check is skipped. */
const checkInputs = new Map(fixtures.map((f) => [f.name, checkInput(f)] as const));

const verdicts = new Map<string, Observed[]>();

beforeAll(async () => {
  const all = eslintFor("all");
  const [recommended, allBefore] = await Promise.all([lintAll(eslintFor("recommended")), lintAll(all)]);

  // The audit type-checks the folder against the installed SDKs' declarations: about 35 of the
  // test's seconds here, so it runs once for every fixture.
  const report = audit({ paths: [DIR], cwd: DIR });
  const audited = new Map<string, Set<FindingId>>();
  for (const call of report.calls) {
    const ids = audited.get(call.file) ?? new Set<FindingId>();
    for (const finding of call.findings) ids.add(finding.id);
    audited.set(call.file, ids);
  }

  for (const fixture of fixtures) {
    const observed: Observed[] = [];
    const before = allBefore.get(fixture.name) ?? new Set<FindingId>();
    observed.push(...compare("eslint-recommended", only(fixture.expected, ESLINT_RECOMMENDED_IDS), recommended.get(fixture.name) ?? new Set()));
    observed.push(...compare("eslint-all", only(fixture.expected, ESLINT_ALL_IDS), before));

    const input = checkInputs.get(fixture.name)!;
    if (!("skipped" in input)) {
      // generateContent bodies keep check's own choice of API, as before Interactions existed.
      const api = input.api === "interactions" ? { api: input.api } : {};
      const result = validate(input.body, input.model === undefined ? api : { model: input.model, ...api });
      observed.push(...compare("check", only(fixture.expected, CHECK_IDS), new Set(result.findings.map((f) => f.code))));
    }

    observed.push(...compare("audit", only(fixture.expected, AUDIT_IDS), audited.get(fixture.name) ?? new Set()));

    // migrate is judged against what ESLint saw before it ran, so ESLint's own misses stay
    // ESLint's rows: afterwards, exactly the ids migrate cannot fix remain.
    // migrateSource is what the CLI's jscodeshift transform runs on each file
    // (packages/codemod/src/transform.ts); the worker pool around it changes no verdict.
    let migrated: { output: string; changed: boolean } | undefined;
    try {
      migrated = migrateSource(fixture.text, fixture.path);
    } catch {
      // The CLI reports such a file as failed and leaves it as it was.
      observed.push({ tool: "migrate", id: MIGRATE_FAILED, got: "extra" });
    }
    if (migrated) {
      const [after] = await all.lintText(migrated.output, { filePath: fixture.path });
      const fixes = [...before].filter((id) => MIGRATE_FIXES.has(id) && !fixture.migrateLeaves.has(id));
      observed.push(...compare("migrate", new Set([...before].filter((id) => !fixes.includes(id))), idsOf(after!, `${fixture.name} after migrate`)));
      // An id migrate leaves by design may still get its follow-up comment.
      const shouldEdit = [...fixture.expected].some((id) => MIGRATE_FIXES.has(id));
      if (migrated.changed && !shouldEdit) observed.push({ tool: "migrate", id: UNEXPECTED_EDIT, got: "extra" });
      // `--model` only names the model of requests that are image requests by other evidence: it
      // never gives a file with nothing to fix something to do (issue 11 part 1).
      if (!shouldEdit && !migrated.changed && migrateSource(fixture.text, fixture.path, { model: MIGRATE_MODEL }).changed) {
        observed.push({ tool: "migrate --model", id: UNEXPECTED_EDIT, got: "extra" });
      }
    }

    verdicts.set(fixture.name, observed);
    if (process.env.AGREEMENT_DUMP) for (const o of observed) console.log(`DIFF ${JSON.stringify({ fixture: fixture.name, ...o })}`);
  }
  // Under a minute alone; the margin is for the whole suite sharing two cores.
}, 240_000);

describe("the agreement corpus", () => {
  it("has at least 60 requests, every API, good and bad, traps included", () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(60);
    for (const folder of ["rest/", "genai/", "legacy/", "ai-sdk/", "traps/", "interactions/"]) expect(fixtures.filter((f) => f.name.startsWith(folder)).length).toBeGreaterThanOrEqual(8);
    expect(fixtures.filter((f) => f.expected.size === 0).length).toBeGreaterThanOrEqual(20);
    expect(fixtures.some((f) => f.name.endsWith(".tsx"))).toBe(true);
    for (const f of fixtures) expect(f.text, f.name).toMatch(/^\/\/ expect: .+\n(?:\/\/ migrate leaves: .+\n)?\/\/ why: .+\n/u);
  });

  it("runs check on the literal REST bodies and skips the rest", () => {
    // A regression in body extraction would silently shrink check's share of the comparison.
    const checked = fixtures.filter((f) => !("skipped" in checkInputs.get(f.name)!));
    expect(checked.length).toBeGreaterThanOrEqual(25);
    for (const f of checked) expect(["rest/", "traps/", "interactions/"].some((folder) => f.name.startsWith(folder)), f.name).toBe(true);
  });

  it("lists only differences of existing fixtures, once each", () => {
    const names = new Set(fixtures.map((f) => f.name));
    for (const row of DIFFERENCES) expect(names.has(row.fixture), row.fixture).toBe(true);
    const keys = DIFFERENCES.map((row) => `${row.fixture} ${key(row)}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe.each(fixtures.map((f) => [f.name, f] as const))("%s", (name) => {
  const input = checkInputs.get(name)!;
  const skipped = "skipped" in input ? ` (check skipped: ${input.skipped})` : "";
  it(`every tool agrees with the expected ids, or the difference is listed${skipped}`, () => {
    const observed = verdicts.get(name)!;
    const listed = DIFFERENCES.filter((row: Difference) => row.fixture === name);
    const unlisted = observed.filter((o) => !listed.some((row) => key(row) === key(o))).map(key);
    const stale = listed.filter((row) => !observed.some((o) => key(o) === key(row))).map((row) => `stale difference: remove it: ${key(row)}`);
    expect({ unlisted, stale }).toEqual({ unlisted: [], stale: [] });
  });
});
