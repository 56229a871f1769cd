/** The command line's help: one overview, and one page per command (`vigie <command> --help`). */

const ENVIRONMENT = `Environment (sync, run):
  VIGIE_GOOGLE_SA_KEY or VIGIE_GOOGLE_SA_KEY_FILE   service-account key (JSON, or its path)
  VIGIE_GOOGLE_ADMIN                                 administrator impersonated for Directory/Drive
  VIGIE_NOTION_TOKEN                                 Notion integration token
  For HTTP fakes and sandboxes only: VIGIE_GOOGLE_ROOT_URL, VIGIE_GOOGLE_TOKEN_URL,
  VIGIE_NOTION_BASE_URL (endpoints), VIGIE_UPSTREAM_PACE=fast (no client rate limit,
  short back-off and timeouts), VIGIE_NOW (the run's clock, ISO instant).`;

const EXIT = "Exit codes: 0 success, 2 bad input or usage, 1 any other failure.";

export const COMMAND_HELP: Record<string, string> = {
  analyze: `Usage: vigie analyze --workspace DIR [--week YYYY-Www] [--out DIR] [--json | --quiet]
       (also spelt: vigie analyse)

Analyse a workspace folder for one ISO week and write report.json, report.md and
report.html (the weekly page), then print the week at a glance.

Options:
  --workspace DIR   the workspace folder (tenant.json and the API responses)   required
  --week YYYY-Www   the ISO week, in the tenant's time zone     default: the last week with calendar data
  --out DIR         where the three files go                    default: out/<tenant>/<week>
  --json            print one JSON line: week, score, status, alerts, watches, files
  --quiet, -q       print only the paths of the files written
  --no-color        no colours (also when NO_COLOR is set or stdout is not a terminal)

${EXIT}
`,
  extract: `Usage: vigie extract < notes.jsonl

Read meeting notes on stdin — JSON Lines {"text", "date"?, "locale"?}, or plain text (one
note) — and print one JSON object per line of note text:
{"note", "line", "text", "kind", "owner", "due"}. The extractor the detectors use.

${EXIT}
`,
  eval: `Usage: vigie eval [--scenarios DIR] [--only NAME] [--corpus DIR] [--json] [--verbose]

Analyse every week of each labelled scenario (a folder with expected.json) and print hits,
misses, false alarms and detection delays; then score the note extractor on each labelled
line corpus (*.jsonl): per-kind precision, recall, F1 and macro-F1.

Options:
  --scenarios DIR   the labelled scenarios                      default: fixtures/scenarios
  --only NAME       one scenario
  --corpus DIR      the labelled note lines                     default: fixtures/notes
  --json            print the scores as JSON
  -v, --verbose     list the misread lines

${EXIT}
`,
  sync: `Usage: vigie sync --tenant T --out DIR [--store DIR|URL] [--full] [--json | --quiet]

Bring a workspace folder up to date from the live Google Workspace and Notion APIs. Where each
source resumes (Calendar sync tokens, Drive page token, Notion cursors) is kept in the store.

Options:
  --tenant T        a tenant.json file, or a folder holding one                 required
  --out DIR         the workspace folder written                                required
  --store DIR|URL   the store keeping the sync state  default: VIGIE_DATABASE_URL, else .vigie/store
  --full            ignore the saved sync state and list everything again
  --json            print one JSON line
  --quiet, -q       print nothing but errors

${ENVIRONMENT}

${EXIT}
`,
  run: `Usage: vigie run --tenant T [--workspace DIR] [--week YYYY-Www] [--out DIR] [--dry-run] [--json | --quiet]

Sync, analyse, write the local report and, when tenant.json sets output.notion, the weekly
Notion page and one row per alert (and the Google Doc when output.googleDoc is set).

Options:
  --tenant T        a tenant.json file, or a folder holding one                 required
  --workspace DIR   where the sync writes                       default: .vigie/<tenant>/workspace
  --week YYYY-Www   the ISO week                                default: the last complete week with data
  --out DIR         the local report                            default: out/<tenant>/<week>
  --dry-run         say what would be written to Notion, write nothing there
  --json            print one JSON line: page, doc, alerts, requests, warnings
  --quiet, -q       print only the paths and links written

${ENVIRONMENT}

${EXIT}
`,
  compare: `Usage: vigie compare (--consultant EMAIL | --tenants a,b,…) [--store DIR|URL] [--week YYYY-Www]
                     [--weeks 12] [--locale fr|en] [--out DIR] [--notion-page ID] [--json | --quiet]

Compare client tenants side by side from the store (aggregates only: no person, address, title or
note text) and write compare.html, compare.csv and compare.json.

Options:
  --consultant EMAIL  the tenants that granted that account (tenant.json "consultants")
  --tenants a,b,…     these tenants
  --store DIR|URL     the store                            default: VIGIE_DATABASE_URL, else .vigie/store
  --week YYYY-Www     the week compared                    default: the last week stored
  --weeks N           weeks of history in the sparklines   default: 12
  --locale fr|en      the page's language                  default: fr
  --out DIR           where the files go                   default: out/compare
  --notion-page ID    also write it as a sub-page of this Notion page (an id or its URL), with the
                      token of your own integration in VIGIE_COMPARE_NOTION_TOKEN
  --json              print one JSON line
  --quiet, -q         print only the paths written

${EXIT}
`,
  tenant: `Usage: vigie tenant add ID --domain DOMAIN --admin EMAIL[,EMAIL…] [--json]

Register a new company before anyone has configured it: its Google Workspace domain and its
first admin(s), who may then make the first save from the add-on. From that save on, who may
read and save the configuration comes from the configuration itself (admins, assistants).
Addresses are stored as keyed pseudonyms only. Running it again changes nothing; a tenant that
already has a configuration is left as it is.

Options:
  --domain DOMAIN     the company's Workspace domain (the ID token's hd)            required
  --admin EMAIL,…     the first admin(s), addresses of that domain                 required
  --json              print one JSON line: {tenant, outcome, version}

Environment: the store the service uses, VIGIE_DATABASE_URL and VIGIE_PSEUDONYM_KEY (each may be
given as NAME_SECRET, a Secret Manager version); without VIGIE_DATABASE_URL, the embedded store.

${EXIT}
`,
};

/** Other spellings accepted for a command. */
export const ALIASES: Record<string, string> = { analyse: "analyze" };

export const USAGE = `Usage: vigie <command> [options]      vigie <command> --help for a command's options

Commands:
  analyze   analyse a workspace folder for one week and write the weekly page (alias: analyse)
  extract   show what the note extractor reads in meeting notes (stdin)
  eval      score the detectors on the labelled scenarios
  sync      bring a workspace folder up to date from the live APIs
  run       sync, analyse and write the Notion page, alert rows and Google Doc
  compare   compare client companies side by side from the store (aggregates only)
  tenant    register a new company and its first admin (vigie tenant add)

Options: --help, -h (this text), --version, -v

${EXIT}
`;
