/**
 * UrlFetchApp as Apps Script documents it: synchronous; `method` defaults to get; a `payload`
 * is sent with `contentType` (default application/x-www-form-urlencoded); a status ≥ 400
 * throws "Request failed for … returned code N" unless `muteHttpExceptions`; a host nobody
 * serves throws like a DNS failure. Hosts are in-process handlers.
 */

export interface FetchRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  contentType: string | null;
  payload: string | null;
}

export interface FetchReply {
  status: number;
  body: string;
  headers?: Record<string, string>;
}

export type Host = (req: FetchRequest) => FetchReply;

interface FetchParams {
  method?: string;
  headers?: Record<string, string>;
  contentType?: string;
  payload?: string | Record<string, string>;
  muteHttpExceptions?: boolean;
  followRedirects?: boolean;
}

export class FakeUrlFetchApp {
  readonly requests: FetchRequest[] = [];
  private readonly hosts = new Map<string, Host>();

  /** Serves every URL under `origin` (e.g. https://vigie.example.run.app). */
  serve(origin: string, host: Host): void {
    this.hosts.set(new URL(origin).origin, host);
  }

  fetch(url: string, params: FetchParams = {}): FakeHttpResponse {
    const parsed = new URL(url);
    const host = this.hosts.get(parsed.origin);
    if (!host) throw new Error(`DNS error: ${url}`);
    const payload =
      params.payload === undefined
        ? null
        : typeof params.payload === "string"
          ? params.payload
          : new URLSearchParams(params.payload).toString();
    const req: FetchRequest = {
      url,
      method: (params.method ?? "get").toUpperCase(),
      headers: { ...(params.headers ?? {}) },
      contentType: payload === null ? null : (params.contentType ?? "application/x-www-form-urlencoded"),
      payload,
    };
    this.requests.push(req);
    const reply = host(req);
    if (reply.status >= 400 && !params.muteHttpExceptions) {
      throw new Error(
        `Request failed for ${parsed.origin} returned code ${reply.status}. Truncated server response: ${reply.body.slice(0, 100)} (use muteHttpExceptions option to examine full response)`,
      );
    }
    return new FakeHttpResponse(reply);
  }
}

export class FakeHttpResponse {
  constructor(private readonly reply: FetchReply) {}
  getResponseCode(): number {
    return this.reply.status;
  }
  getContentText(): string {
    return this.reply.body;
  }
  getHeaders(): Record<string, string> {
    return { ...(this.reply.headers ?? {}) };
  }
  getAllHeaders(): Record<string, string> {
    return this.getHeaders();
  }
}
