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
  sync --tenant T --out DIR [--full] [--json] [--quiet]
      Bring a workspace folder up to date from the live Google Workspace and Notion
      APIs. T is a tenant.json file or a folder holding one. --full ignores the
      saved sync state (DIR/.vigie/sync-state.json) and lists everything again.
  run --tenant T [--workspace DIR] [--week YYYY-Www] [--out DIR] [--dry-run] [--json]
      Sync (into --workspace, default .vigie/<tenant>/workspace), analyse, write the
      local report and, when tenant.json sets output.notion, the Notion page and
      alert rows (--dry-run: say what would be written, write nothing to Notion).
      Default week: the last complete ISO week, or the last week with data.
      --json prints one line: page, alerts, requests, warnings.
  compare (--consultant EMAIL | --tenants a,b,…) [--store DIR|URL] [--week YYYY-Www]
          [--weeks 12] [--locale fr|en] [--out DIR] [--json] [--quiet]
      Compare client tenants side by side from the store (aggregates only) and write
      compare.html, compare.csv and compare.json. --consultant: the tenants that
      granted that account. Default store: VIGIE_DATABASE_URL, else .vigie/store.
      Default out: out/compare.

Environment (sync, run):
  VIGIE_GOOGLE_SA_KEY or VIGIE_GOOGLE_SA_KEY_FILE   service-account key (JSON, or its path)
  VIGIE_GOOGLE_ADMIN                                 administrator impersonated for Directory/Drive
  VIGIE_NOTION_TOKEN                                 Notion integration token
  For HTTP fakes and sandboxes only: VIGIE_GOOGLE_ROOT_URL, VIGIE_GOOGLE_TOKEN_URL,
  VIGIE_NOTION_BASE_URL (endpoints), VIGIE_UPSTREAM_PACE=fast (no client rate limit,
  short back-off and timeouts), VIGIE_NOW (the run's clock, ISO instant).

Exit codes: 0 success, 2 bad input or usage, 1 any other failure.
`;
