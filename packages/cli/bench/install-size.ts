/**
 * What `npm install @gemini-image/cli` puts on disk, from this checkout: every workspace package
 * the CLI needs, packed as `pnpm publish` would, installed with npm into a fresh project whose
 * `overrides` point each @gemini-image package at its tarball (third-party packages come from
 * the registry). Measured with `--omit=optional` (what `check`, `sizes`, `models` and `serve`
 * need) and, when asked, with everything (`migrate` and `audit` too).
 */
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { pack, publishedPackages, type WorkspacePackage } from "../../../test/pack.js";

const run = promisify(execFile);

/** Each install: its packages and bytes on disk, as one line. */
export interface InstallSizes {
  readonly checkOnly: string;
  /** Only when asked for. */
  readonly full?: string;
}

/** The @gemini-image packages `name` depends on (optional ones included), and itself. */
function workspaceClosure(name: string, packages: readonly WorkspacePackage[]): WorkspacePackage[] {
  const byName = new Map(packages.map((pkg) => [pkg.manifest.name, pkg]));
  const seen = new Map<string, WorkspacePackage>();
  const visit = (pkgName: string): void => {
    const pkg = byName.get(pkgName);
    if (!pkg || seen.has(pkgName)) return;
    seen.set(pkgName, pkg);
    const { dependencies = {}, optionalDependencies = {} } = pkg.manifest as { dependencies?: object; optionalDependencies?: object };
    for (const dep of [...Object.keys(dependencies), ...Object.keys(optionalDependencies)]) visit(dep);
  };
  visit(name);
  return [...seen.values()];
}

/** Bytes of regular files under `dir` (du's apparent size, links not followed). */
function bytesUnder(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) total += bytesUnder(path);
    else if (entry.isFile()) total += statSync(path).size;
  }
  return total;
}

async function installInto(project: string, tarballs: ReadonlyMap<string, string>, extra: readonly string[]): Promise<string> {
  mkdirSync(project);
  const overrides = Object.fromEntries([...tarballs].map(([name, tarball]) => [name, `file:${tarball}`]));
  writeFileSync(
    join(project, "package.json"),
    JSON.stringify({ name: "install-size", private: true, dependencies: { "@gemini-image/cli": overrides["@gemini-image/cli"] }, overrides }),
  );
  await run("npm", ["install", "--no-audit", "--no-fund", "--ignore-scripts", ...extra], { cwd: project, maxBuffer: 16 * 1024 * 1024 });
  const lock = JSON.parse(readFileSync(join(project, "node_modules", ".package-lock.json"), "utf8")) as { packages: object };
  const count = Object.keys(lock.packages).length;
  return `${count} packages, ${(bytesUnder(join(project, "node_modules")) / 1e6).toFixed(1)} MB`;
}

/** Packs the CLI and its workspace dependencies, installs them (twice with `full`), and answers the sizes. */
export async function installSize(options: { readonly full: boolean }): Promise<InstallSizes> {
  const dir = mkdtempSync(join(tmpdir(), "gemini-image-install-size-"));
  try {
    const tarballs = new Map<string, string>();
    for (const pkg of workspaceClosure("@gemini-image/cli", publishedPackages())) tarballs.set(pkg.manifest.name, await pack(pkg, dir));
    const checkOnly = await installInto(join(dir, "check-only"), tarballs, ["--omit=optional"]);
    if (!options.full) return { checkOnly };
    return { checkOnly, full: await installInto(join(dir, "full"), tarballs, []) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
