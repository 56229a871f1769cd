import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const manifest = JSON.parse(
  readFileSync(join(import.meta.dirname, "../../appsscript/appsscript.json"), "utf8"),
) as {
  runtimeVersion: string;
  oauthScopes: string[];
  dependencies: { enabledAdvancedServices: { userSymbol: string; serviceId: string; version: string }[] };
};

/** Each scope the add-on may ask for, and why. Anything else is a review finding. */
const ALLOWED: Record<string, string> = {
  openid: "ScriptApp.getIdentityToken(): the service authenticates the user",
  "https://www.googleapis.com/auth/userinfo.email":
    "the user's email in the identity token and Session.getActiveUser()",
  "https://www.googleapis.com/auth/script.external_request": "UrlFetchApp to the Vigie service",
  "https://www.googleapis.com/auth/script.container.ui": "the add-on menu and the sidebar in Docs and Sheets",
  "https://www.googleapis.com/auth/admin.directory.user.readonly": "pick the CEO and the people in scope",
  "https://www.googleapis.com/auth/calendar.events.readonly": "recent event titles for the ritual preview",
};

describe("appsscript.json", () => {
  it("asks for exactly the allowed scopes", () => {
    expect([...manifest.oauthScopes].sort()).toEqual(Object.keys(ALLOWED).sort());
  });

  it("asks for no write scope on Calendar, Drive, Docs or Sheets, and no full-access scope", () => {
    for (const scope of manifest.oauthScopes) {
      if (/calendar|drive|documents|spreadsheets|admin\./.test(scope)) expect(scope).toMatch(/\.readonly$/);
      expect(scope).not.toMatch(/auth\/(drive|documents|spreadsheets|calendar)$/);
    }
  });

  it("runs on V8 with the Directory and Calendar advanced services the sidebar reads", () => {
    expect(manifest.runtimeVersion).toBe("V8");
    expect(
      manifest.dependencies.enabledAdvancedServices
        .map((s) => `${s.userSymbol}:${s.serviceId}:${s.version}`)
        .sort(),
    ).toEqual(["AdminDirectory:admin:directory_v1", "Calendar:calendar:v3"]);
  });
});
