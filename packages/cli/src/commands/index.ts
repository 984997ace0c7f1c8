import type { Command } from "../command.js";
import { auditCommand } from "./audit.js";
import { checkCommand } from "./check.js";
import { migrateCommand } from "./migrate.js";
import { modelsCommand } from "./models.js";
import { serveCommand } from "./serve.js";
import { sizesCommand } from "./sizes.js";

/** Every subcommand, in the order `--help` lists them. */
export const COMMANDS: readonly Command[] = [sizesCommand, modelsCommand, checkCommand, migrateCommand, auditCommand, serveCommand];
