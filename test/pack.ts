/**
 * Packs the workspace's published packages as `pnpm publish` would (workspace: ranges replaced,
 * `prepack` run, `files` applied), for tests that look at what npm users get.
 */
import { execFile } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);

/** The repository's root directory. */
export const ROOT = fileURLToPath(new URL("..", import.meta.url));

/** A published package of the workspace: its folder under packages/ and its package.json. */
export interface WorkspacePackage {
  readonly dir: string;
  readonly path: string;
  readonly manifest: Record<string, unknown> & { name: string; version: string; private?: boolean };
}

/** Every package under packages/ that is not private. */
export function publishedPackages(): WorkspacePackage[] {
  return readdirSync(join(ROOT, "packages"), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => {
      const path = join(ROOT, "packages", entry.name);
      const manifest = JSON.parse(readFileSync(join(path, "package.json"), "utf8")) as WorkspacePackage["manifest"];
      return { dir: entry.name, path, manifest };
    })
    .filter((pkg) => pkg.manifest.private !== true);
}

/** Runs `tasks` with at most `limit` at a time (the machine's cores are shared). */
export async function inPool<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** `pnpm pack` of one package into `destination`; answers the tarball's path. */
export async function pack(pkg: WorkspacePackage, destination: string): Promise<string> {
  const { stdout } = await run("pnpm", ["pack", "--pack-destination", destination], { cwd: pkg.path });
  const tarball = stdout.trim().split("\n").pop()?.trim() ?? "";
  if (!tarball.endsWith(".tgz")) throw new Error(`pnpm pack of ${pkg.manifest.name} printed no tarball:\n${stdout}`);
  return tarball;
}

/** The text of one file inside a tarball (`package/` prefix implied), or undefined if it is not there. */
export async function fileInTarball(tarball: string, file: string): Promise<string | undefined> {
  try {
    const { stdout } = await run("tar", ["-xOzf", tarball, `package/${file}`], { maxBuffer: 16 * 1024 * 1024 });
    return stdout;
  } catch {
    return undefined;
  }
}
