/**
 * The add-on's server side as Apps Script runs it: the built Code.js evaluated as a classic
 * script in a fresh V8 context whose globals are the fake services. Top-level function
 * declarations become the context's globals, exactly what google.script.run can call.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createContext, Script } from "node:vm";
import { FakeAdminDirectory, FakeCalendar } from "./advanced-services.js";
import { type Container, containerApps, FakeHtmlService, FakeUi } from "./html.js";
import { FakePropertiesService } from "./properties.js";
import { FakeUrlFetchApp } from "./url-fetch.js";

type Json = Record<string, unknown>;

export interface WorldOptions {
  /** The built project folder (Code.js, Sidebar.html, appsscript.json). */
  projectDir: string;
  email: string;
  /** Session.getActiveUserLocale(): "fr", "en", "en_GB"… */
  locale?: string;
  scriptTimeZone?: string;
  container?: Container;
  /** null when the openid scope is not granted. */
  identityToken: string | null;
  users?: Json[];
  calendars?: Map<string, Json[]>;
}

export interface AppsScriptWorld {
  urlFetch: FakeUrlFetchApp;
  properties: FakePropertiesService;
  ui: FakeUi;
  directory: FakeAdminDirectory;
  calendar: FakeCalendar;
  /** Calls a global function of the script, with arguments and result passed as JSON (as google.script.run does). */
  call(name: string, ...args: unknown[]): unknown;
  globals: Json;
}

export function loadAddon(o: WorldOptions): AppsScriptWorld {
  const urlFetch = new FakeUrlFetchApp();
  const properties = new FakePropertiesService();
  const ui = new FakeUi();
  const directory = new FakeAdminDirectory(o.users ?? []);
  const calendar = new FakeCalendar(o.calendars ?? new Map());
  const user = { getEmail: () => o.email };
  const context = createContext({
    UrlFetchApp: urlFetch,
    PropertiesService: properties,
    ScriptApp: { getIdentityToken: () => o.identityToken },
    Session: {
      getActiveUser: () => user,
      getEffectiveUser: () => user,
      getActiveUserLocale: () => o.locale ?? "fr",
      getScriptTimeZone: () => o.scriptTimeZone ?? "Europe/Paris",
    },
    HtmlService: new FakeHtmlService(o.projectDir),
    AdminDirectory: directory,
    Calendar: calendar,
    Logger: { log: () => undefined },
    console: { log: () => undefined, error: () => undefined, warn: () => undefined },
    ...containerApps(o.container ?? "docs", ui),
  });
  new Script(readFileSync(join(o.projectDir, "Code.js"), "utf8"), { filename: "Code.js" }).runInContext(
    context,
  );
  const globals = context as Json;
  return {
    urlFetch,
    properties,
    ui,
    directory,
    calendar,
    globals,
    call(name, ...args) {
      const fn = globals[name];
      if (typeof fn !== "function") throw new Error(`Script function not found: ${name}`);
      const result = fn(...(JSON.parse(JSON.stringify(args)) as unknown[]));
      return result === undefined ? undefined : JSON.parse(JSON.stringify(result));
    },
  };
}
