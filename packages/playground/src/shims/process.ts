// typescript-estree reads process.env and process.cwd() while it builds its parse settings.
const scope = globalThis as { process?: unknown };
scope.process ??= { env: {}, cwd: () => "/", platform: "browser", versions: {} };
export {};
