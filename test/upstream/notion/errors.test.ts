import {
  APIErrorCode,
  APIResponseError,
  RequestTimeoutError,
  UnknownHTTPResponseError,
} from "@notionhq/client";
import { describe, expect, it } from "vitest";
import { ConfigError, UpstreamError } from "../../../src/core/errors.js";
import { notionClientFromEnv } from "../../../src/upstream/notion/client.js";
import { classifyNotionError, redact } from "../../../src/upstream/notion/errors.js";

function apiError(status: number, code: APIErrorCode, message: string, headers: Record<string, string> = {}) {
  const body = JSON.stringify({ object: "error", status, code, message, request_id: "req-1" });
  return new APIResponseError({
    code,
    status,
    message,
    headers: new Headers(headers),
    rawBodyText: body,
    additional_data: undefined,
    request_id: "req-1",
  });
}

describe("classifyNotionError", () => {
  it("makes 429 retryable with its Retry-After, and 409 and 5xx retryable", () => {
    const limited = classifyNotionError(
      apiError(429, APIErrorCode.RateLimited, "slow down", { "retry-after": "7" }),
    );
    expect(limited).toMatchObject({ service: "notion", status: 429, retryable: true, retryAfterMs: 7000 });
    for (const [status, code] of [
      [409, APIErrorCode.ConflictError],
      [500, APIErrorCode.InternalServerError],
      [503, APIErrorCode.ServiceUnavailable],
    ] as const) {
      expect(classifyNotionError(apiError(status, code, "x"))).toMatchObject({ status, retryable: true });
    }
  });

  it("keeps validation and not-found errors permanent, and 401 is a configuration error", () => {
    expect(classifyNotionError(apiError(400, APIErrorCode.ValidationError, "bad"))).toMatchObject({
      retryable: false,
    });
    expect(classifyNotionError(apiError(404, APIErrorCode.ObjectNotFound, "gone"))).toMatchObject({
      status: 404,
      retryable: false,
    });
    const auth = classifyNotionError(apiError(401, APIErrorCode.Unauthorized, "API token is invalid."));
    expect(auth).toBeInstanceOf(ConfigError);
    expect(auth.message).toContain("VIGIE_NOTION_TOKEN");
  });

  it("reports a 502 HTML page without its body, and a timeout as retryable", () => {
    const html = "<html><body>502 Bad Gateway cloudflare</body></html>";
    const gateway = classifyNotionError(
      new UnknownHTTPResponseError({
        status: 502,
        message: undefined,
        headers: new Headers(),
        rawBodyText: html,
      }),
    );
    expect(gateway).toMatchObject({ status: 502, retryable: true });
    expect(gateway.message).not.toContain("html");
    expect(classifyNotionError(new RequestTimeoutError())).toMatchObject({ status: null, retryable: true });
    const dropped = Object.assign(new TypeError("fetch failed"), { cause: { code: "UND_ERR_SOCKET" } });
    expect(classifyNotionError(dropped)).toMatchObject({ retryable: true });
    expect(classifyNotionError(new RangeError("bug"))).toBeInstanceOf(UpstreamError);
    expect(classifyNotionError(new RangeError("bug"))).toMatchObject({ retryable: false });
  });

  it("drops quoted values from validation messages", () => {
    const secret = "Marie quitte la société";
    expect(
      redact(
        `body failed validation: body.children[0].paragraph.rich_text[0].text.content should be a string, instead was \`"${secret}"\`.`,
      ),
    ).toBe(
      "body failed validation: body.children[0].paragraph.rich_text[0].text.content should be a string, instead was `…`.",
    );
    expect(redact("body failed validation: body.page_size should be ≤ `100`, instead was `101`.")).toContain(
      "`101`",
    );
    expect(redact(`Invalid status option for Status: {"name":"${secret}"}.`)).toBe(
      "Invalid status option for Status",
    );
  });
});

describe("notionClientFromEnv", () => {
  it("names the variable when the token is missing, and reads only the env it is given", () => {
    expect(() => notionClientFromEnv({})).toThrow(ConfigError);
    expect(() => notionClientFromEnv({ VIGIE_NOTION_TOKEN: "  " })).toThrow(/VIGIE_NOTION_TOKEN/);
    expect(
      notionClientFromEnv({ VIGIE_NOTION_TOKEN: "secret_x" }, { baseUrl: "http://127.0.0.1:9" }),
    ).toBeDefined();
  });
});
