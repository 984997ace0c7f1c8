/**
 * A package a command needs that is not installed: `@gemini-image/codemod` and
 * `@gemini-image/audit` are optional dependencies of the CLI (they bring TypeScript, ESLint's
 * parser, jscodeshift and ts-morph), so `npm install --omit=optional` leaves a CLI that checks
 * bodies, maps sizes and serves without them. Printed as one sentence, exit 2.
 */
export class MissingPackage extends Error {
  override readonly name = "MissingPackage";
}

/**
 * Answers `load()` (a dynamic `import()` of `name`), or throws MissingPackage naming `command`
 * and the install line when `name` itself is not installed. A package that is there but fails
 * to load (one of its own dependencies missing) rethrows as it is: that is no optional choice.
 */
export async function importOptional<T>(load: () => Promise<T>, name: string, command: string): Promise<T> {
  try {
    return await load();
  } catch (error) {
    const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
    // Node's text for an import of an absent package: "Cannot find package '<name>' imported from ...".
    if (code === "ERR_MODULE_NOT_FOUND" && typeof message === "string" && message.includes(`'${name}'`)) {
      throw new MissingPackage(
        `${command} needs ${name}, an optional dependency that is not installed (npm's --omit=optional leaves it out). ` +
          `Install it with: npm install --save-dev ${name}`,
      );
    }
    throw error;
  }
}
