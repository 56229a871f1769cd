/**
 * Drives the real function entries (functions/index.ts) through the Functions Framework's
 * `getTestServer`, with the environment a deployment would set, pointed at local fakes: the ID-token
 * issuer's JWKS, an embedded store in a temporary folder. Each test file runs in its own process, so
 * the environment set here stays with it.
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { getTestServer } from "@google-cloud/functions-framework/testing";
import type { Store } from "../../src/store/store.js";
import { type IdTokenIssuer, startIdTokenIssuer } from "../fakes/google-id/issuer.js";

export const AUDIENCE = "1234567890-addon.apps.googleusercontent.com";
export const DISPATCH_AUDIENCE = "https://europe-west1-vigie.cloudfunctions.net/dispatch";
export const SCHEDULER = "scheduler@vigie-prod.iam.gserviceaccount.com";

export interface Harness {
  issuer: IdTokenIssuer;
  env: Record<string, string>;
  /** One request to an entry; `token` becomes `Authorization: Bearer`. */
  call(
    entry: string,
    o?: CallOptions,
  ): Promise<{ status: number; body: unknown; text: string; headers: Headers }>;
  /** The store the entries use (the same instance). */
  store(): Promise<Store>;
  /** A valid add-on ID token for `email` (its domain as `hd`). */
  tokenFor(email: string): Promise<string>;
  close(): Promise<void>;
}

export interface CallOptions {
  method?: string;
  /** A route under the entry's URL (`run`, `notion-access`); default its root. */
  path?: string;
  query?: Record<string, string>;
  token?: string;
  body?: unknown;
  headers?: Record<string, string>;
}

export async function startHarness(extra: Record<string, string> = {}): Promise<Harness> {
  const issuer = await startIdTokenIssuer();
  const env: Record<string, string> = {
    VIGIE_STORE_DIR: mkdtempSync(join(tmpdir(), "vigie-fn-store-")),
    VIGIE_WORK_DIR: mkdtempSync(join(tmpdir(), "vigie-fn-work-")),
    VIGIE_PSEUDONYM_KEY: randomBytes(32).toString("base64"),
    VIGIE_ENVELOPE_KEY: randomBytes(32).toString("base64"),
    VIGIE_ID_TOKEN_AUDIENCES: AUDIENCE,
    VIGIE_DISPATCH_AUDIENCE: DISPATCH_AUDIENCE,
    VIGIE_SCHEDULER_SA: SCHEDULER,
    VIGIE_ALLOWED_DOMAINS: "atelier-dupont.fr,bricoles.fr",
    VIGIE_JWKS_URL: issuer.jwksUrl,
    ...extra,
  };
  delete process.env.VIGIE_DATABASE_URL;
  Object.assign(process.env, env);
  await import("../../functions/index.js");
  // Open (and migrate) the store now, inside the caller's setup time, not in its first test.
  const { entryEnv, serviceStore } = await import("../../functions/environment.js");
  await serviceStore(await entryEnv("config"));
  const servers = new Map<string, Promise<{ server: Server; url: string }>>();
  const serverFor = (entry: string) => {
    let s = servers.get(entry);
    if (!s) {
      s = listen(getTestServer(entry));
      servers.set(entry, s);
    }
    return s;
  };
  return {
    issuer,
    env,
    async call(entry, o = {}) {
      const { url } = await serverFor(entry);
      const target = new URL(o.path ?? "", url);
      for (const [k, v] of Object.entries(o.query ?? {})) target.searchParams.set(k, v);
      const headers: Record<string, string> = { ...(o.headers ?? {}) };
      if (o.token) headers.authorization = `Bearer ${o.token}`;
      if (o.body !== undefined) headers["content-type"] = "application/json";
      const res = await fetch(target, {
        method: o.method ?? "GET",
        headers,
        ...(o.body !== undefined ? { body: JSON.stringify(o.body) } : {}),
        redirect: "manual",
      });
      const text = await res.text();
      let body: unknown = text;
      try {
        body = JSON.parse(text);
      } catch {
        // an HTML page
      }
      return { status: res.status, body, text, headers: res.headers };
    },
    store: async () => {
      const { entryEnv, serviceStore } = await import("../../functions/environment.js");
      return serviceStore(await entryEnv("config"));
    },
    tokenFor: (email) => issuer.sign({ aud: AUDIENCE, email, hd: email.split("@")[1] ?? "" }),
    async close() {
      for (const s of servers.values()) {
        const { server } = await s;
        server.closeAllConnections();
        await new Promise((r) => server.close(() => r(null)));
      }
      await issuer.close();
    },
  };
}

async function listen(server: Server): Promise<{ server: Server; url: string }> {
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` };
}
