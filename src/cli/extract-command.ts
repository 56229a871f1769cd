import { parseOptions } from "./args.js";
import { runExtract } from "./extract.js";
import type { CliIo } from "./io.js";

/** `vigie extract`: notes on stdin → one JSON object per note line on stdout. */
export async function extractCommand(argv: string[], io: CliIo): Promise<number> {
  parseOptions(argv, {});
  const lines = runExtract(await io.readStdin());
  io.stdout(lines.length ? `${lines.join("\n")}\n` : "");
  return 0;
}
