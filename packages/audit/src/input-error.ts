/** A file, folder or tsconfig given to `audit` that does not exist; the CLI turns it into exit 2. */
export class AuditInputError extends Error {
  override readonly name = "AuditInputError";
  /** The paths that were not found. */
  readonly missing: readonly string[];

  constructor(missing: readonly string[]) {
    super(`no such file or folder: ${missing.join(", ")}.`);
    this.missing = missing;
  }
}
