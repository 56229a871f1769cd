import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { comparePortfolio } from "../app/compare.js";
import type { CompareScope } from "../app/compare-access.js";
import type { Portfolio } from "../app/compare-model.js";
import { notionPageId, publishComparison } from "../app/compare-notion.js";
import { NO_KEYS, StorePortfolioSource, storeAsker } from "../app/compare-store.js";
import { clockFromEnv } from "../app/live-services.js";
import { BadInputError } from "../core/errors.js";
import { LOCALES, type Locale } from "../core/model.js";
import { parseWeek } from "../core/week.js";
import { ENV_DATABASE_URL, ENV_STORE_DIR, openStore, STORE_DIR_DEFAULT } from "../store/store.js";
import { ct } from "../writers/compare/labels.js";
import { writeComparison } from "../writers/compare/write.js";
import { parseOptions } from "./args.js";
import type { CliIo } from "./io.js";
import { Progress } from "./progress.js";
import { VERSION } from "./version.js";

const OPTIONS = {
  store: { type: "string" },
  consultant: { type: "string" },
  tenants: { type: "string" },
  week: { type: "string" },
  weeks: { type: "string" },
  out: { type: "string" },
  locale: { type: "string" },
  "notion-page": { type: "string" },
  json: { type: "boolean" },
  quiet: { type: "boolean", short: "q" },
} as const;

type Options = ReturnType<typeof parseOptions<typeof OPTIONS>>;

/** `vigie compare`: the store → compare.html / compare.csv / compare.json for a consultant. */
export async function compareCommand(argv: string[], io: CliIo): Promise<number> {
  const o = parseOptions(argv, OPTIONS);
  const scope = scopeOf(o);
  const week = o.week ? checkedWeek(o.week) : undefined;
  const weeks = o.weeks === undefined ? undefined : checkedWeeks(o.weeks);
  const locale = o.locale === undefined ? undefined : checkedLocale(o.locale);
  const notionPage = o["notion-page"] === undefined ? undefined : notionPageId(o["notion-page"]);
  const now = clockFromEnv(io.env, () => new Date())();
  const progress = new Progress(io, !o.quiet && !o.json);
  progress.update("opening the store", 0, 3);
  const store = await openStore({
    env: storeEnv(o, io),
    cwd: io.cwd,
    // A consultant's grants are pseudonyms under each tenant's key; operator use reads none.
    ...(scope.consultant === undefined ? { keys: NO_KEYS } : {}),
    onWait: (m) => io.stderr(`vigie: ${m}\n`),
  });
  let portfolio: Portfolio;
  try {
    progress.update("reading the portfolio", 1, 3);
    const consultant = scope.consultant;
    const source = new StorePortfolioSource(store.sql, {
      onWarning: (m) => io.stderr(`vigie: warning: ${m}\n`),
      ...(consultant === undefined ? {} : { asker: storeAsker(store, consultant) }),
    });
    portfolio = await comparePortfolio(source, {
      scope,
      now,
      generatedBy: `vigie ${VERSION}`,
      ...(week ? { week } : {}),
      ...(weeks ? { weeks } : {}),
      ...(locale ? { locale } : {}),
    });
  } finally {
    await store.close();
  }
  progress.update("writing the comparison", 2, 3);
  const out = resolve(io.cwd, o.out ?? join("out", "compare"));
  const { files } = await writeComparison(out, portfolio);
  const page = notionPage
    ? await publishComparison(portfolio, {
        parentPageId: notionPage,
        env: io.env,
        log: (line) => io.stderr(`vigie: ${line}`),
      })
    : null;
  progress.done();
  const notion = page ? { notionPage: page.url } : {};
  if (o.json) {
    const t = portfolio.totals;
    io.stdout(`${JSON.stringify({ week: portfolio.week, ...t, files, ...notion })}\n`);
    return 0;
  }
  if (!o.quiet) io.stdout(compareSummary(portfolio));
  const l = portfolio.locale;
  io.stdout(`\n${ct(l, "cli.written", { dir: `${out}/` })}\n${files.map((f) => `  ${f}`).join("\n")}\n`);
  if (page) io.stdout(`${ct(l, "cli.notionPage", { url: page.url })}\n`);
  return 0;
}

function scopeOf(o: Options): CompareScope {
  const tenants = o.tenants
    ?.split(",")
    .map((t) => t.trim())
    .filter((t) => t !== "");
  if (o.tenants !== undefined && (!tenants || tenants.length === 0)) {
    throw new BadInputError("command line", "--tenants", "expected tenant ids separated by commas");
  }
  if (o.consultant !== undefined) {
    const consultant = o.consultant.trim();
    if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(consultant)) {
      throw new BadInputError(
        "command line",
        "--consultant",
        `expected an email address, got "${o.consultant}"`,
      );
    }
    return tenants ? { consultant, tenants } : { consultant };
  }
  if (tenants) return { tenants };
  throw new BadInputError("command line", "--consultant", "expected --consultant EMAIL or --tenants a,b,…");
}

function checkedWeek(text: string): string {
  if (!parseWeek(text, "UTC")) {
    throw new BadInputError("command line", "--week", `expected an ISO week like 2026-W47, got "${text}"`);
  }
  return text;
}

function checkedWeeks(text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 2 || n > 52) {
    throw new BadInputError("command line", "--weeks", `expected an integer from 2 to 52, got "${text}"`);
  }
  return n;
}

function checkedLocale(text: string): Locale {
  if (!(LOCALES as readonly string[]).includes(text)) {
    throw new BadInputError(
      "command line",
      "--locale",
      `expected one of ${LOCALES.join(", ")}, got "${text}"`,
    );
  }
  return text as Locale;
}

/**
 * `--store` is a PostgreSQL URL or an embedded store folder; without it, the environment's
 * (`VIGIE_DATABASE_URL`, else `VIGIE_STORE_DIR`, else `.vigie/store`). A folder must exist:
 * comparing an empty store that this command just created would only hide a wrong path.
 */
function storeEnv(o: Options, io: CliIo): Record<string, string | undefined> {
  const env = { ...io.env };
  if (o.store && /^postgres(ql)?:\/\//.test(o.store)) env[ENV_DATABASE_URL] = o.store;
  else if (o.store) {
    delete env[ENV_DATABASE_URL];
    env[ENV_STORE_DIR] = o.store;
  }
  if (!env[ENV_DATABASE_URL]?.trim()) {
    const dir = resolve(io.cwd, env[ENV_STORE_DIR]?.trim() || STORE_DIR_DEFAULT);
    if (!existsSync(dir))
      throw new BadInputError(dir, null, "no store here (expected a folder written by vigie run)");
  }
  return env;
}

/** The terminal summary of a comparison, in its language. */
export function compareSummary(p: Portfolio): string {
  const l = p.locale;
  if (p.clients.length === 0) return `${ct(l, "cli.noClients")}\n`;
  const rows = p.clients.map((c) => {
    const score = c.score === null ? "  —" : String(c.score).padStart(3);
    const alerts = ct(l, "cli.row", { alerts: c.openAlerts.alert, watches: c.openAlerts.watch });
    const fresh = c.freshness.stale ? `  ${ct(l, "stale")}` : "";
    return `${String(c.rank).padStart(3)}. ${score}  ${c.name}  ·  ${alerts}${fresh}`;
  });
  const t = p.totals;
  const head = ct(l, "cli.totals", {
    week: p.week,
    clients: t.clients,
    attention: t.needAttention,
    alerts: t.alerts,
    watches: t.watches,
    stale: t.stale,
  });
  return `${head}\n${rows.join("\n")}\n`;
}
