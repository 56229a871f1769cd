#!/usr/bin/env node
import { realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { isBadInput, isVigieError } from "../core/errors.js";
import { analyzeCommand } from "./analyze.js";
import { USAGE, UsageError } from "./args.js";
import { compareCommand } from "./compare.js";
import { evalCommand } from "./eval.js";
import { extractCommand } from "./extract-command.js";
import { type CliIo, processIo } from "./io.js";
import { runCommand } from "./run.js";
import { syncCommand } from "./sync.js";
import { VERSION } from "./version.js";

const COMMANDS: Record<string, (argv: string[], io: CliIo) => Promise<number>> = {
  analyze: analyzeCommand,
  compare: compareCommand,
  extract: extractCommand,
  eval: evalCommand,
  sync: (argv, io) => syncCommand(argv, io),
  run: (argv, io) => runCommand(argv, io),
};

/**
 * The composition root and the one place errors become exit codes (SPEC): 0 success,
 * 2 bad input (the message names the file and the field) or usage, 1 anything else.
 */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    io.stdout(USAGE);
    return name ? 0 : 2;
  }
  if (name === "--version") {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(`vigie: unknown command "${name}"\n\n${USAGE}`);
    return 2;
  }
  try {
    return await command(rest, io);
  } catch (e) {
    return reportError(e, io);
  }
}

function reportError(e: unknown, io: CliIo): number {
  if (e instanceof UsageError) {
    io.stderr(`vigie: ${e.message}\n\n${USAGE}`);
    return 2;
  }
  if (isBadInput(e)) {
    io.stderr(`vigie: ${e.message}\n`);
    return 2;
  }
  const message = isVigieError(e) || e instanceof Error ? e.message : String(e);
  io.stderr(`vigie: ${message}\n`);
  if (io.env.VIGIE_DEBUG && e instanceof Error && e.stack) io.stderr(`${e.stack}\n`);
  return 1;
}

function isEntryPoint(): boolean {
  try {
    return realpathSync(process.argv[1] ?? "") === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  main(process.argv.slice(2), processIo()).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`vigie: ${String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
