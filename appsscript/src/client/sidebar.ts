/**
 * The sidebar: loads the tenant through the server side, draws the form, checks it live with
 * the tenant schema and saves it whole. Errors appear beside their field; nothing is sent
 * while a field is wrong.
 */
import type { LastRun, NotionAccess, NotionObjectKind, RunNowReply } from "../../../src/app/service/contract";
import type { ValidTenant } from "../../../src/core/tenant";
import { AccessNotes, accessLine } from "./access";
import { buildTenant, shownAt } from "./form";
import { call } from "./gas";
import { type Lang, label } from "./labels";
import { previewHtml, type TitleCount } from "./preview";
import { esc, fieldId } from "./text";
import {
  companySection,
  type FormValues,
  notesSection,
  type Person,
  ritualRow,
  settingsSection,
} from "./view";

interface State {
  lang: Lang;
  user: string;
  serviceUrl: string | null;
  tenantId: string | null;
  timezone: string;
  tenant: Record<string, unknown> | null;
  lastRun: LastRun | null;
}

let state: State = {
  lang: navigator.language.startsWith("fr") ? "fr" : "en",
  user: "",
  serviceUrl: null,
  tenantId: null,
  timezone: "Europe/Paris",
  tenant: null,
  lastRun: null,
};
let people: Person[] = [];
const access = new AccessNotes();
let titles: TitleCount[] = [];
let values: FormValues;
/** Fields the user has touched: their errors show as they type; all show after "Save". */
const touched = new Set<string>();
let submitted = false;

const app = () => document.getElementById("app") as HTMLElement;
const t = (key: Parameters<typeof label>[1], vars: Record<string, string | number> = {}) =>
  label(state.lang, key, vars);

function valuesOf(tenant: Record<string, unknown> | null): FormValues {
  const x = (tenant ?? {}) as Partial<ValidTenant>;
  return {
    id: x.id ?? state.tenantId ?? "",
    name: x.name ?? "",
    locale: x.locale ?? state.lang,
    timezone: x.timezone ?? state.timezone,
    ceo: x.ceo ?? "",
    calendars: [...(x.sources?.calendars ?? [])],
    // A new company starts with one ritual row to fill: every company has at least one to watch.
    rituals: (x.rituals ?? [{}]).map((r: Partial<ValidTenant["rituals"][number]>) => ({
      id: r.id ?? "",
      name: r.name ?? "",
      match: r.match ?? "",
      cadence: r.cadence ?? "weekly",
    })),
    driveFolder: x.sources?.driveFolderId ?? "",
    notionNotes: x.sources?.notionNotesDataSourceId ?? "",
    notionPage: x.output?.notion?.parentPageId ?? "",
    sensitivity: x.sensitivity ?? "normal",
    day: x.schedule?.day ?? 1,
    time: x.schedule?.time ?? "06:00",
  };
}

/**
 * What the form builds on: the configuration as loaded, or for a company nothing has been saved for,
 * the user as its first admin — the service's first save requires it, and without it nobody could
 * open the configuration again.
 */
function baseTenant(): Record<string, unknown> {
  return state.tenant ?? (state.user ? { admins: [state.user] } : {});
}

function render(): void {
  document.documentElement.lang = state.lang;
  const connected = state.serviceUrl !== null && state.tenantId !== null;
  // What the user typed while the sidebar was loading must survive the redraw.
  const typed = (id: string) => (document.getElementById(id) as HTMLInputElement | null)?.value ?? "";
  const url = state.serviceUrl ?? typed("service-url");
  const tenantId = state.tenantId ?? typed("tenant-id");
  app().innerHTML = `<h1>${esc(t("title"))}</h1>
<form id="form" novalidate>
<fieldset><legend>${esc(t("service"))}</legend>
<div class="field"><label for="service-url">${esc(t("serviceUrl"))}</label><input id="service-url" type="url" value="${esc(url)}" placeholder="https://…"></div>
<div class="field"><label for="tenant-id">${esc(t("id"))}</label><input id="tenant-id" value="${esc(tenantId)}" spellcheck="false" autocapitalize="off"></div>
<button type="button" id="connect">${esc(t("connect"))}</button>
${connected ? `<p class="hint">${esc(t("connected", { user: state.user }))}</p>${runPanel()}` : ""}
</fieldset>
${connected ? formBody() : ""}
<p id="status" role="status" aria-live="polite"></p>
</form>`;
  if (connected) refreshIssues();
  access.restore();
}

function runPanel(): string {
  const r = state.lastRun;
  const line = r
    ? t("runLine", { week: r.week, status: t(`status_${r.status}`), score: r.score ?? "—" })
    : t("noRun");
  const open = r?.pageUrl
    ? `<a id="open-page" href="${esc(r.pageUrl)}" target="_blank" rel="noopener">${esc(t("openPage"))}</a>`
    : "";
  return `<div class="run"><p><strong>${esc(t("lastRun"))}</strong> : <span id="last-run">${esc(line)}</span></p>${open}<button type="button" id="run-now"${state.tenant ? "" : " disabled"}>${esc(t("runNow"))}</button></div>`;
}

function formBody(): string {
  const rows = values.rituals
    .map((r, i) => ritualRow(state.lang, r, i, previewHtml(state.lang, r.name, r.match, titles)))
    .join("");
  return `${companySection(state.lang, values, people)}
<fieldset><legend>${esc(t("rituals"))}</legend><ol id="rituals">${rows}</ol><button type="button" id="add-ritual">${esc(t("addRitual"))}</button></fieldset>
${notesSection(state.lang, values)}
${settingsSection(state.lang, values)}
<button type="submit" id="save" class="primary">${esc(t("save"))}</button>`;
}

function say(text: string, kind: "info" | "error" = "info"): void {
  const el = document.getElementById("status");
  if (el) {
    el.textContent = text;
    el.className = kind;
  }
}

/** Reads one control into the form values (by its tenant path). */
function readControl(el: HTMLInputElement | HTMLSelectElement): void {
  const path = el.dataset.path ?? "";
  const ritual = /^rituals\[(\d+)\]\.(name|match|cadence)$/.exec(path);
  if (ritual) {
    const row = values.rituals[Number(ritual[1])];
    if (row) row[ritual[2] as "name" | "match" | "cadence"] = el.value;
    if (ritual[2] !== "cadence" && row) redrawPreview(Number(ritual[1]));
    return;
  }
  const simple: Record<string, (s: string) => void> = {
    name: (s) => (values.name = s),
    locale: (s) => (values.locale = s),
    timezone: (s) => (values.timezone = s),
    ceo: (s) => (values.ceo = s),
    "sources.driveFolderId": (s) => (values.driveFolder = s),
    "sources.notionNotesDataSourceId": (s) => (values.notionNotes = s),
    "output.notion.parentPageId": (s) => (values.notionPage = s),
    sensitivity: (s) => (values.sensitivity = s),
    "schedule.day": (s) => (values.day = Number(s)),
    "schedule.time": (s) => (values.time = s),
  };
  simple[path]?.(el.value);
}

function redrawPreview(i: number): void {
  const row = values.rituals[i];
  const el = document.getElementById(`preview-${i}`);
  if (row && el) el.innerHTML = previewHtml(state.lang, row.name, row.match, titles);
}

/** Shows the schema's problems beside their fields; returns them. */
function refreshIssues() {
  const checked = buildTenant(baseTenant(), values);
  for (const el of Array.from(document.querySelectorAll<HTMLElement>(".error"))) el.textContent = "";
  for (const el of Array.from(document.querySelectorAll("[aria-invalid]")))
    el.removeAttribute("aria-invalid");
  const unplaced: string[] = [];
  for (const issue of checked.issues) {
    const path = shownAt(issue.path);
    if (!submitted && !touched.has(path)) continue;
    const control = document.getElementById(fieldId(path));
    const err = document.getElementById(`${fieldId(path)}-err`);
    if (control && err) {
      control.setAttribute("aria-invalid", "true");
      if (!err.textContent) err.textContent = issue.message[state.lang];
    } else unplaced.push(`${issue.path || "tenant"}: ${issue.message[state.lang]}`);
  }
  if (submitted && unplaced.length > 0) say(unplaced.join(" · "), "error");
  return checked;
}

async function save(): Promise<void> {
  submitted = true;
  const checked = refreshIssues();
  if (checked.issues.length > 0) {
    say(t("fixErrors", { n: checked.issues.length }), "error");
    document.getElementById(fieldId(shownAt(checked.issues[0]?.path ?? "")))?.focus();
    return;
  }
  say(t("saving"));
  const result = await call<
    | { ok: true; tenant: Record<string, unknown>; lastRun: LastRun | null }
    | { ok: false; issues: typeof checked.issues }
  >("saveConfig", checked.tenant);
  if (!result.ok) {
    say(t("fixErrors", { n: result.issues.length }), "error");
    return;
  }
  state.tenant = result.tenant;
  state.lastRun = result.lastRun ?? state.lastRun;
  values = valuesOf(state.tenant);
  render();
  say(t("saved"));
}

async function loadPeopleAndTitles(): Promise<void> {
  people = await call<Person[]>("listPeople");
  await loadTitles();
}

async function loadTitles(): Promise<void> {
  const calendars = values.calendars.length > 0 ? values.calendars : [values.ceo, state.user].filter(Boolean);
  titles = (await call<{ titles: TitleCount[] }>("recentTitles", calendars)).titles;
}

async function start(next: Promise<State>): Promise<void> {
  try {
    state = await next;
    values = valuesOf(state.tenant);
    render();
    if (state.serviceUrl) {
      await loadPeopleAndTitles();
      render();
    }
  } catch (e) {
    render();
    say((e as Error).message, "error");
  }
}

async function guarded(work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (e) {
    say((e as Error).message, "error");
  }
}

function onClick(ev: Event): void {
  const target = ev.target as HTMLElement;
  if (target.id === "connect") {
    const value = (id: string) => (document.getElementById(id) as HTMLInputElement).value;
    void start(call<State>("connectService", value("service-url"), value("tenant-id")));
  } else if (target.id === "add-ritual") {
    values.rituals.push({ id: "", name: "", match: "", cadence: "weekly" });
    render();
    document.getElementById(fieldId(`rituals[${values.rituals.length - 1}].name`))?.focus();
  } else if (target.dataset.remove !== undefined) {
    values.rituals.splice(Number(target.dataset.remove), 1);
    render();
  } else if (target.id === "run-now") {
    void guarded(runNow);
  } else if (target.dataset.test) {
    void testAccess(target.dataset.test as NotionObjectKind);
  } else if (target.id === "connect-notion") {
    void guarded(async () => {
      window.open(await call<string>("connectNotion"), "_blank", "noopener");
    });
  }
}

async function runNow(): Promise<void> {
  const reply = await call<RunNowReply>("runNow");
  state.lastRun = reply.run;
  render();
  say(reply.outcome === "already-done" ? t("runAlreadyDone", { week: reply.run.week }) : t("runStarted"));
}

async function testAccess(kind: NotionObjectKind): Promise<void> {
  const checked = buildTenant(baseTenant(), values);
  const t2 = checked.tenant as {
    sources?: { notionNotesDataSourceId?: string };
    output?: { notion?: { parentPageId?: string } };
  };
  const id = kind === "page" ? t2.output?.notion?.parentPageId : t2.sources?.notionNotesDataSourceId;
  if (!id) {
    access.show(kind, t("notAnId"));
    return;
  }
  await guarded(async () => {
    access.show(kind, accessLine(state.lang, await call<NotionAccess>("testNotion", kind, id), id));
  });
}

function onInput(ev: Event): void {
  const el = ev.target as HTMLInputElement | HTMLSelectElement;
  if (el.name === "calendars") {
    values.calendars = Array.from(
      document.querySelectorAll<HTMLInputElement>('input[name="calendars"]:checked'),
    ).map((b) => b.value);
    touched.add("sources.calendars");
  } else if (el.dataset.path) {
    readControl(el);
    touched.add(el.dataset.path);
    access.forget(el.dataset.path);
  } else return;
  refreshIssues();
  if (el.dataset.path === "ceo" || el.name === "calendars") {
    void guarded(async () => {
      await loadTitles();
      for (let i = 0; i < values.rituals.length; i++) redrawPreview(i);
    });
  }
}

document.addEventListener("click", onClick);
document.addEventListener("input", onInput);
document.addEventListener("change", onInput);
document.addEventListener("submit", (ev) => {
  ev.preventDefault();
  void guarded(save);
});
values = valuesOf(null);
render();
say(t("loading"));
void start(call<State>("loadSidebar"));
