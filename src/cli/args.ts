import { parseArgs } from "node:util";

/** A command line that does not parse: exit code 2 with the usage. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

export type OptionSpec = Record<string, { type: "string" | "boolean"; short?: string }>;

/** Parses a command's options strictly: an unknown option or a missing value is a UsageError. */
export function parseOptions<T extends OptionSpec>(argv: string[], spec: T) {
  try {
    return parseArgs({ args: argv, options: spec, strict: true, allowPositionals: false }).values as {
      [K in keyof T]?: T[K]["type"] extends "string" ? string : boolean;
    };
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

export const USAGE = `Usage: vigie <command> [options]

Commands:
  analyze --workspace DIR [--week YYYY-Www] [--out DIR] [--json] [--quiet]
      Analyse a workspace folder for one ISO week and write report.json, report.md
      and report.html. Default week: the last week with calendar data.
      Default out: out/<tenant>/<week>.
  extract
      Read meeting notes on stdin (JSON Lines {"text","date"?,"locale"?} or plain
      text) and print one JSON object per line of note text.
  eval [--scenarios DIR] [--only NAME] [--json]
      Analyse every labelled scenario and print hits, misses, false alarms and
      detection delays. Default scenarios: fixtures/scenarios.

Exit codes: 0 success, 2 bad input or usage, 1 any other failure.
`;
