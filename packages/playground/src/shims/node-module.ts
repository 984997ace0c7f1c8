import pkg from "eslint-plugin-gemini-image/package.json";

// eslint-plugin-gemini-image reads its name and version with createRequire("../package.json");
// in the page that file is bundled as JSON instead.
export function createRequire(): (id: string) => unknown {
  return (id) => {
    if (id.endsWith("package.json")) return { name: pkg.name, version: pkg.version };
    throw new Error(`require("${id}") is not available in the playground.`);
  };
}
