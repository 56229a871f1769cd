/**
 * The add-on's server side: the functions Apps Script calls (menu, triggers) and those the
 * sidebar calls through google.script.run. scripts/build-addon.ts bundles this module and
 * declares each export as a top-level function, as Apps Script requires.
 */
import type {
  ConfigReply,
  LastRun,
  NotionAccess,
  NotionObjectKind,
  RunNowReply,
} from "../../../src/app/service/contract";
import { type RecentTitles, recentTitles as readRecentTitles } from "./calendar";
import { type DirectoryPerson, listPeople as readPeople } from "./directory";
import { type Lang, say, UserError, userLang } from "./messages";
import { callService } from "./service";
import {
  checkServiceUrl,
  checkTenantId,
  rememberServiceUrl,
  rememberTenantId,
  serviceUrl,
  tenantId,
} from "./settings";

export interface SidebarState {
  lang: Lang;
  user: string;
  serviceUrl: string | null;
  tenantId: string | null;
  /** The caller's role on the tenant, as the service says. */
  role: string | null;
  /** The script's time zone: the default for a new tenant. */
  timezone: string;
  tenant: Record<string, unknown> | null;
  lastRun: LastRun | null;
}

export type SaveResult =
  | { ok: true; tenant: Record<string, unknown>; lastRun: LastRun | null }
  | { ok: false; issues: { path: string; message: { en: string; fr: string } }[] };

const MENU = { fr: "Configurer Vigie", en: "Configure Vigie" } as const;

export function onOpen(_e?: unknown): void {
  containerUi().createAddonMenu().addItem(MENU[userLang()], "showSidebar").addToUi();
}

export function onInstall(e?: unknown): void {
  onOpen(e);
}

export function showSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile("Sidebar").setTitle("Vigie");
  containerUi().showSidebar(html);
}

export function loadSidebar(): SidebarState {
  const state: SidebarState = {
    lang: userLang(),
    user: Session.getActiveUser().getEmail(),
    serviceUrl: serviceUrl(),
    tenantId: tenantId(),
    role: null,
    timezone: Session.getScriptTimeZone(),
    tenant: null,
    lastRun: null,
  };
  if (!state.serviceUrl || !state.tenantId) return state;
  const body = (callService("get", "config", state.tenantId).body ?? {}) as Partial<ConfigReply>;
  state.tenant = body.config ?? null;
  state.role = body.role ?? null;
  state.lastRun = body.lastRun ?? null;
  return state;
}

/** The service URL and the company's identifier (given by the Vigie admin), then the tenant. */
export function connectService(url: string, tenant: string): SidebarState {
  const checked = checkServiceUrl(String(url ?? ""));
  if (!checked) throw new UserError(say("badServiceUrl"));
  const id = checkTenantId(String(tenant ?? ""));
  if (!id) throw new UserError(say("noTenant"));
  rememberServiceUrl(checked);
  rememberTenantId(id);
  return loadSidebar();
}

export function listPeople(): DirectoryPerson[] {
  return readPeople();
}

export function recentTitles(calendarIds: string[]): RecentTitles {
  return readRecentTitles(Array.isArray(calendarIds) ? calendarIds.map(String) : []);
}

/** The service validates with the same schema and saves all or nothing. */
export function saveConfig(tenant: Record<string, unknown>): SaveResult {
  const reply = callService("put", "config", requireTenant(), tenant);
  const body = (reply.body ?? {}) as { issues?: [] };
  if (reply.status === 400) return { ok: false, issues: body.issues ?? [] };
  return { ok: true, tenant, lastRun: null };
}

/** Asks for the run of the page week; a week already done comes back as such (nothing is run twice). */
export function runNow(): RunNowReply {
  const reply = callService("post", "config/run", requireTenant(), {});
  const body = (reply.body ?? {}) as Partial<RunNowReply>;
  if (!body.run || (body.outcome !== "queued" && body.outcome !== "already-done"))
    throw new UserError(say("failed", { status: reply.status }));
  return { outcome: body.outcome, run: body.run };
}

/** Whether the company's Notion connection can read that page or data source (never a token). */
export function testNotion(kind: NotionObjectKind, id: string): NotionAccess {
  const reply = callService("post", "config/notion-access", requireTenant(), { kind, id: String(id) });
  const body = (reply.body ?? {}) as Partial<NotionAccess>;
  if (reply.status !== 200 || typeof body.ok !== "boolean") throw new UserError(say("badNotionId"));
  return body.ok
    ? { ok: true, title: String(body.title ?? "") }
    : { ok: false, reason: body.reason ?? "unavailable" };
}

export function connectNotion(): string {
  const reply = callService("post", "oauthNotion", requireTenant(), {});
  const url = ((reply.body ?? {}) as { url?: unknown }).url;
  if (typeof url !== "string" || !url.startsWith("https://"))
    throw new UserError(say("failed", { status: reply.status }));
  return url;
}

function requireTenant(): string {
  if (!serviceUrl()) throw new UserError(say("noServiceUrl"));
  const id = tenantId();
  if (!id) throw new UserError(say("noTenant"));
  return id;
}

/** The add-on runs in Docs and in Sheets; each has its own UI class. */
function containerUi(): GoogleAppsScript.Base.Ui {
  try {
    return DocumentApp.getUi();
  } catch {
    return SpreadsheetApp.getUi();
  }
}
