#!/usr/bin/env node
import { realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { isBadInput, isVigieError } from "../core/errors.js";
import { analyzeCommand } from "./analyze.js";
import { UsageError } from "./args.js";
import { compareCommand } from "./compare.js";
import { evalCommand } from "./eval.js";
import { extractCommand } from "./extract-command.js";
import { ALIASES, COMMAND_HELP, USAGE } from "./help.js";
import { type CliIo, processIo } from "./io.js";
import { runCommand } from "./run.js";
import { closest } from "./suggest.js";
import { syncCommand } from "./sync.js";
import { tenantCommand } from "./tenant.js";
import { VERSION } from "./version.js";

const COMMANDS: Record<string, (argv: string[], io: CliIo) => Promise<number>> = {
  analyze: analyzeCommand,
  compare: compareCommand,
  extract: extractCommand,
  eval: evalCommand,
  sync: (argv, io) => syncCommand(argv, io),
  run: (argv, io) => runCommand(argv, io),
  tenant: tenantCommand,
};

/**
 * The composition root and the one place errors become exit codes (SPEC): 0 success,
 * 2 bad input (the message names the file and the field) or usage, 1 anything else.
 */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const [given, ...rest] = argv;
  if (!given || given === "--help" || given === "-h" || given === "help") {
    const topic = given === "help" && rest[0] ? (ALIASES[rest[0]] ?? rest[0]) : null;
    io.stdout(topic && COMMAND_HELP[topic] ? COMMAND_HELP[topic] : USAGE);
    return given ? 0 : 2;
  }
  if (given === "--version" || given === "-v") {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  const name = ALIASES[given] ?? given;
  const command = COMMANDS[name];
  if (!command) {
    const guess = closest(given, [...Object.keys(COMMANDS), ...Object.keys(ALIASES)]);
    const hint = guess ? ` (did you mean "${ALIASES[guess] ?? guess}"?)` : "";
    io.stderr(`vigie: unknown command "${given}"${hint}\n\n${USAGE}`);
    return 2;
  }
  // Help wins over everything else on the line: "vigie analyze --week x --help" still helps.
  if (rest.includes("--help") || rest.includes("-h")) {
    io.stdout(COMMAND_HELP[name] ?? USAGE);
    return 0;
  }
  try {
    return await command(rest, io);
  } catch (e) {
    return reportError(e, io, name);
  }
}

function reportError(e: unknown, io: CliIo, name: string): number {
  if (e instanceof UsageError) {
    io.stderr(`vigie ${name}: ${e.message}\n\n${COMMAND_HELP[name] ?? USAGE}`);
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
