/**
 * What npm users get: every published package, packed with `pnpm pack`, has a README with
 * absolute links, the repository's LICENSE, the metadata npm shows (repository with directory,
 * homepage, bugs, keywords), and passes publint and @arethetypeswrong/cli.
 *
 * attw runs with the `esm-only` profile: the packages are ES modules only (`"type": "module"`,
 * Node >= 20.19), so the profile leaves out the `node10` and `node16 (from CJS)` resolutions,
 * which can only ever report "ESM (dynamic import only)" or no `exports` support for them.
 * It runs in this process through @arethetypeswrong/core, the engine of @arethetypeswrong/cli
 * (the same version), with the CLI's rule for that profile: nine `attw` processes would each
 * load TypeScript again, which took four times as long as the checks themselves.
 */
import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { checkPackage, createPackageFromTarballData } from "@arethetypeswrong/core";
import type { ResolutionKind } from "@arethetypeswrong/core/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_URL as REPOSITORY_URL } from "@gemini-image/protocol";
import { ROOT, fileInTarball, inPool, pack, publishedPackages } from "./pack.js";

const run = promisify(execFile);
const BIN = join(ROOT, "node_modules", ".bin");
const packages = publishedPackages();
const rootLicense = readFileSync(join(ROOT, "LICENSE"), "utf8");

interface Packed {
  tarball: string;
  readme: string | undefined;
  license: string | undefined;
  manifest: Record<string, unknown>;
  publint: string;
  attw: string;
}

/** A tool's verdict: "ok", or its exit code and output. */
async function verdict(command: string, args: string[]): Promise<string> {
  try {
    await run(join(BIN, command), args, { maxBuffer: 16 * 1024 * 1024 });
    return "ok";
  } catch (error) {
    const { code, stdout, stderr } = error as { code?: number; stdout?: string; stderr?: string };
    return `exit ${String(code)}\n${stdout ?? ""}${stderr ?? ""}`;
  }
}

/** What `attw --profile esm-only` leaves out (its profiles.js): resolutions an ESM-only package does not serve. */
const ESM_ONLY_IGNORES: readonly ResolutionKind[] = ["node10", "node16-cjs"];

/**
 * attw's verdict on a tarball: "ok", or the problems the CLI would fail on under the esm-only
 * profile, one JSON line each. Like the CLI, a package without types has no problems to report.
 */
async function attw(tarball: string): Promise<string> {
  const analysis = await checkPackage(createPackageFromTarballData(new Uint8Array(await readFile(tarball))));
  if (!analysis.types) return "ok";
  const problems = analysis.problems.filter((problem) => !("resolutionKind" in problem) || !ESM_ONLY_IGNORES.includes(problem.resolutionKind));
  return problems.length === 0 ? "ok" : problems.map((problem) => JSON.stringify(problem)).join("\n");
}

/** Markdown link and image targets that are not absolute URLs or in-page anchors. */
function relativeLinks(markdown: string): string[] {
  const targets = [...markdown.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/gu)].map((m) => m[1] ?? "");
  const references = [...markdown.matchAll(/^\[[^\]]+\]:\s*(\S+)/gmu)].map((m) => m[1] ?? "");
  return [...targets, ...references].filter((target) => !/^(?:https:\/\/|http:\/\/|mailto:|#)/u.test(target));
}

/** Links into this repository (`…/blob/main/<path>`, `…/tree/main/<path>`) whose path does not exist here. */
function deadRepositoryLinks(markdown: string): string[] {
  const prefix = new RegExp(`^${REPOSITORY_URL.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&")}/(?:blob|tree)/main/([^#?]+)`, "u");
  return [...markdown.matchAll(/\]\((https:[^)\s]+)\)/gu)]
    .map((m) => m[1] ?? "")
    .filter((url) => {
      const path = prefix.exec(url)?.[1];
      return path !== undefined && !existsSync(join(ROOT, decodeURIComponent(path)));
    });
}

let dir = "";
const packed = new Map<string, Packed>();

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "gemini-image-publish-"));
  await inPool(packages, 2, async (pkg) => {
    const tarball = await pack(pkg, dir);
    const manifest = JSON.parse((await fileInTarball(tarball, "package.json")) ?? "{}") as Record<string, unknown>;
    packed.set(pkg.dir, {
      tarball,
      manifest,
      readme: await fileInTarball(tarball, "README.md"),
      license: await fileInTarball(tarball, "LICENSE"),
      publint: await verdict("publint", ["run", tarball, "--strict", "--level", "suggestion"]),
      attw: await attw(tarball),
    });
  });
}, 600_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("the published packages", () => {
  it("are the nine under packages/", () => {
    expect(packages.map((pkg) => pkg.dir).sort()).toEqual(
      ["audit", "cli", "client", "codemod", "eslint-plugin", "locator", "protocol", "schema", "test-server"],
    );
  });
});

describe.each(packages.map((pkg) => [pkg.manifest.name, pkg.dir] as const))("%s, packed", (_name, packageDir) => {
  const get = (): Packed => {
    const result = packed.get(packageDir);
    if (!result) throw new Error(`${packageDir} was not packed`);
    return result;
  };

  it("carries the repository's LICENSE", () => {
    expect(get().license).toBe(rootLicense);
    expect(get().manifest.license).toBe("MIT");
  });

  it("carries a README whose links all work outside the repository", () => {
    const readme = get().readme ?? "";
    expect(readme.length).toBeGreaterThan(500);
    expect(readme).toContain("npm install");
    expect(relativeLinks(readme)).toEqual([]);
    expect(deadRepositoryLinks(readme)).toEqual([]);
  });

  it("names its repository, folder, homepage, issue tracker and keywords", () => {
    const { manifest } = get();
    expect(manifest.repository).toEqual({ type: "git", url: `git+${REPOSITORY_URL}.git`, directory: `packages/${packageDir}` });
    expect(manifest.homepage).toBe(`${REPOSITORY_URL}/tree/main/packages/${packageDir}#readme`);
    expect(manifest.bugs).toEqual({ url: `${REPOSITORY_URL}/issues` });
    expect((manifest.keywords as string[] | undefined)?.length).toBeGreaterThanOrEqual(3);
  });

  it("passes publint, suggestions included", () => {
    expect(get().publint).toBe("ok");
  });

  it("passes @arethetypeswrong/cli", () => {
    expect(get().attw).toBe("ok");
  });
});
