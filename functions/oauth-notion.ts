/** The `oauthNotion` entry: a tenant connects its own Notion workspace (public integration OAuth). */
import { handleOAuthNotion } from "../src/app/service/oauth-notion-handler.js";
import { StateSigner } from "../src/app/service/oauth-state.js";
import { ConfigError } from "../src/core/errors.js";
import { exchangeNotionCode } from "../src/upstream/notion/oauth.js";
import { ENV_ENVELOPE_KEY, envelopeFromEnv } from "../src/upstream/secrets/envelope.js";
import type { Env } from "../src/upstream/secrets/secrets.js";
import { httpEntry } from "./adapt.js";
import { callerPolicy, entryEnv, log, once, serviceStore } from "./environment.js";

const deps = once(() =>
  entryEnv("oauthNotion").then(async (env) => {
    const exchange = {
      clientId: required(env, "VIGIE_NOTION_CLIENT_ID"),
      clientSecret: required(env, "VIGIE_NOTION_CLIENT_SECRET"),
      redirectUri: required(env, "VIGIE_NOTION_REDIRECT_URI"),
      ...(env.VIGIE_NOTION_BASE_URL ? { baseUrl: env.VIGIE_NOTION_BASE_URL } : {}),
    };
    return {
      store: await serviceStore(env),
      policy: callerPolicy(env),
      envelope: envelopeFromEnv(env),
      signer: new StateSigner(Buffer.from(required(env, ENV_ENVELOPE_KEY), "base64")),
      notion: {
        ...exchange,
        ...(env.VIGIE_NOTION_BASE_URL
          ? { authorizeUrl: `${env.VIGIE_NOTION_BASE_URL}/v1/oauth/authorize` }
          : {}),
        exchange: (code: string) => exchangeNotionCode(exchange, code),
      },
      now: () => Date.now(),
    };
  }),
);

function required(env: Env, name: string): string {
  const value = env[name]?.trim();
  if (!value) throw new ConfigError(`${name}: required by oauthNotion, got nothing`);
  return value;
}

export const handler = httpEntry("oauthNotion", log, async (req) => handleOAuthNotion(req, await deps()));
