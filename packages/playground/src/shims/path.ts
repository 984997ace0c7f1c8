// The POSIX path functions ESLint's Linter and typescript-estree call on the file name the
// page gives them ("example.ts"); there is no file system behind them.
export const sep = "/";
export const delimiter = ":";

export function normalize(path: string): string {
  const absolute = path.startsWith("/");
  const parts: string[] = [];
  for (const part of path.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === ".." && parts.length > 0 && parts[parts.length - 1] !== "..") parts.pop();
    else if (part !== ".." || !absolute) parts.push(part);
  }
  return (absolute ? "/" : "") + parts.join("/") || (absolute ? "/" : ".");
}
export const isAbsolute = (path: string): boolean => path.startsWith("/");
export const join = (...parts: string[]): string => normalize(parts.filter(Boolean).join("/"));
export const resolve = (...parts: string[]): string => {
  let path = "";
  for (const part of parts) path = isAbsolute(part) ? part : `${path}/${part}`;
  return normalize(isAbsolute(path) ? path : `/${path}`);
};
export const dirname = (path: string): string => {
  const index = path.lastIndexOf("/");
  return index < 0 ? "." : index === 0 ? "/" : path.slice(0, index);
};
export const basename = (path: string, ext?: string): string => {
  const base = path.slice(path.lastIndexOf("/") + 1);
  return ext && base.endsWith(ext) ? base.slice(0, -ext.length) : base;
};
export const extname = (path: string): string => {
  const base = basename(path);
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(dot) : "";
};
export const relative = (from: string, to: string): string => {
  const a = resolve(from).split("/").filter(Boolean);
  const b = resolve(to).split("/").filter(Boolean);
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => ".."), ...b.slice(i)].join("/");
};
export const toNamespacedPath = (path: string): string => path;
export const posix = { sep, delimiter, normalize, isAbsolute, join, resolve, dirname, basename, extname, relative, toNamespacedPath };
export default posix;
