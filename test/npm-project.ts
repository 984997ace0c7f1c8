/**
 * A fresh npm project outside the repository with the nine packed tarballs installed, as a user
 * who runs `npm install` from the registry would have them: npm, not pnpm; no workspace links.
 */
import { execFile } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { inPool, pack, publishedPackages } from "./pack.js";

const run = promisify(execFile);

/** What building the project cost, printed by the test. */
export interface ProjectTimes {
  readonly packSeconds: number;
  readonly installSeconds: number;
  readonly installBytes: number;
  readonly packages: number;
}

export interface NpmProject {
  /** The temporary folder holding `tarballs/` and `project/`. */
  readonly root: string;
  /** The npm project: package.json, node_modules. */
  readonly dir: string;
  /** Package name to tarball path, for the nine published packages. */
  readonly tarballs: ReadonlyMap<string, string>;
  readonly times: ProjectTimes;
}

const seconds = (start: number): number => Math.round((performance.now() - start) / 100) / 10;

/**
 * Packs every published package and runs one `npm install` of the tarballs and of `extra`
 * registry packages (names as a README's `npm install` line writes them). npm's own cache is
 * used, offline first, so a second run downloads nothing.
 */
export async function createNpmProject(extra: readonly string[]): Promise<NpmProject> {
  const root = mkdtempSync(join(tmpdir(), "gemini-image-npm-"));
  const tarballDir = join(root, "tarballs");
  const dir = join(root, "project");
  mkdirSync(tarballDir);
  mkdirSync(dir);

  let start = performance.now();
  const packages = publishedPackages();
  const paths = await inPool(packages, 3, (pkg) => pack(pkg, tarballDir));
  const tarballs = new Map(packages.map((pkg, index) => [pkg.manifest.name, paths[index] ?? ""]));
  const packSeconds = seconds(start);

  writeFileSync(join(dir, "package.json"), `${JSON.stringify({ name: "user-project", private: true, type: "module" }, null, 2)}\n`);
  start = performance.now();
  await run(
    "npm",
    ["install", "--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error", ...tarballs.values(), ...extra],
    { cwd: dir, maxBuffer: 16 * 1024 * 1024, env: { ...process.env, npm_config_update_notifier: "false" } },
  );
  const installSeconds = seconds(start);

  const { stdout } = await run("du", ["-sb", join(dir, "node_modules")]);
  const { stdout: list } = await run("npm", ["ls", "--all", "--parseable"], { cwd: dir, maxBuffer: 16 * 1024 * 1024 }).catch(
    (error: { stdout?: string }) => ({ stdout: error.stdout ?? "" }),
  );
  const installed = new Set(list.split("\n").filter((line) => line.includes("node_modules")));
  return {
    root,
    dir,
    tarballs,
    times: { packSeconds, installSeconds, installBytes: Number(stdout.split("\t")[0]), packages: installed.size },
  };
}

/** Copies a fixture folder into `destination` (created when missing). */
export function copyFixture(fixture: string, destination: string): void {
  mkdirSync(destination, { recursive: true });
  cpSync(fixture, destination, { recursive: true });
}
