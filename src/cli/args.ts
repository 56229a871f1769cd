import { parseArgs } from "node:util";
import { closest } from "./suggest.js";

/** A command line that does not parse: exit code 2 with the usage. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

export type OptionSpec = Record<string, { type: "string" | "boolean"; short?: string }>;

/**
 * Parses a command's options strictly with node:util parseArgs (no dependency, typed from the
 * spec): an unknown option or a missing value is a UsageError, with the closest known option
 * suggested ("did you mean --workspace?").
 */
export function parseOptions<T extends OptionSpec>(argv: string[], spec: T) {
  try {
    return parseArgs({ args: argv, options: spec, strict: true, allowPositionals: false }).values as {
      [K in keyof T]?: T[K]["type"] extends "string" ? string : boolean;
    };
  } catch (e) {
    const message = (e as Error).message;
    const unknown = /Unknown option '(-{1,2}[^']+)'/.exec(message)?.[1];
    const guess = unknown ? closest(unknown.replace(/^-+/, "").split("=")[0] ?? "", Object.keys(spec)) : null;
    const positional = /Unexpected argument '([^']+)'/.exec(message)?.[1];
    if (unknown)
      throw new UsageError(`unknown option ${unknown}${guess ? ` (did you mean --${guess}?)` : ""}`);
    if (positional)
      throw new UsageError(`unexpected argument "${positional}": options take the form --name value`);
    throw new UsageError(message);
  }
}

export { USAGE } from "./help.js";
