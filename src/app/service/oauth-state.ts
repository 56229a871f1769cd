/**
 * The OAuth `state` parameter: which tenant the flow connects and who started it, signed (HMAC-SHA-256
 * under a key derived from the envelope key) and expiring after 10 minutes, so that a callback can
 * neither be forged for another tenant nor replayed later. It carries the caller as a pseudonym only.
 */
import { createHmac, hkdfSync, randomBytes, timingSafeEqual } from "node:crypto";

export const STATE_TTL_MS = 10 * 60_000;

export interface OAuthState {
  tenant: string;
  /** The caller's pseudonym under the tenant's key. */
  caller: string;
  /** Expiry, ms since the epoch. */
  exp: number;
}

export class StateSigner {
  private readonly key: Buffer;

  constructor(secret: Buffer) {
    this.key = Buffer.from(hkdfSync("sha256", secret, Buffer.alloc(0), "vigie-oauth-state", 32));
  }

  sign(tenant: string, caller: string, now: number): string {
    const body = Buffer.from(
      JSON.stringify({ tenant, caller, exp: now + STATE_TTL_MS, n: randomBytes(8).toString("hex") }),
    ).toString("base64url");
    return `${body}.${this.mac(body)}`;
  }

  /** The state's content, or the reason it is refused. */
  verify(state: string, now: number): OAuthState | string {
    const [body, mac] = state.split(".");
    if (!body || !mac) return "the state is malformed";
    const expected = Buffer.from(this.mac(body));
    const given = Buffer.from(mac);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return "the state is not ours";
    const parsed = JSON.parse(Buffer.from(body, "base64url").toString("utf8")) as OAuthState;
    if (!(parsed.exp > now)) return "the link has expired: start again from the add-on";
    return { tenant: parsed.tenant, caller: parsed.caller, exp: parsed.exp };
  }

  private mac(body: string): string {
    return createHmac("sha256", this.key).update(body).digest("base64url");
  }
}
