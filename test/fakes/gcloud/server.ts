/**
 * HTTP-level fake of the two Google Cloud APIs the service calls besides Workspace: Pub/Sub's
 * `topics.publish` and Secret Manager's `versions.access`, in their REST form, which is what the
 * official clients send over their HTTP/1.1 "fallback" transport (`localTransport`).
 *
 *   POST /v1/projects/{project}/topics/{topic}:publish  {messages: [{data, attributes}]} → {messageIds}
 *   GET  /v1/projects/{project}/secrets/{secret}/versions/{version}:access → {name, payload: {data}}
 *
 * Errors take Google's JSON error shape `{error: {code, message, status}}`.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface PublishedMessage {
  topic: string;
  data: Buffer;
  attributes: Record<string, string>;
  messageId: string;
}

export interface GcloudFakeOptions {
  /** Topics that exist, as `projects/{p}/topics/{t}`. Publishing elsewhere is a 404. */
  topics?: string[];
  /** `projects/{p}/secrets/{s}` → its versions' payloads, oldest first ("latest" is the last). */
  secrets?: Record<string, string[]>;
}

export interface GcloudFake {
  url: string;
  published: PublishedMessage[];
  /** Called for every accepted message, after it is recorded (the sandbox's push subscription). */
  onPublish: ((m: PublishedMessage) => void) | null;
  requests: { method: string; path: string; status: number }[];
  close(): Promise<void>;
}

const PUBLISH = /^\/v1\/(projects\/[^/]+\/topics\/[^/:]+):publish$/;
const ACCESS = /^\/v1\/(projects\/[^/]+\/secrets\/[^/]+)\/versions\/([^/:]+):access$/;

export async function startGcloudFake(o: GcloudFakeOptions = {}): Promise<GcloudFake> {
  let nextId = 1;
  const fake: GcloudFake = {
    url: "",
    published: [],
    onPublish: null,
    requests: [],
    close: async () => {},
  };
  const topics = new Set(o.topics ?? []);
  const server = createServer((req, res) => {
    void readBody(req).then((body) => {
      const path = new URL(req.url ?? "/", "http://x").pathname;
      const reply = (status: number, json: unknown) => {
        fake.requests.push({ method: req.method ?? "", path, status });
        send(res, status, json);
      };
      const publish = PUBLISH.exec(path);
      if (req.method === "POST" && publish?.[1]) {
        const topic = publish[1];
        if (!topics.has(topic))
          return reply(404, googleError(404, `Resource not found (resource=${topic}).`, "NOT_FOUND"));
        const messages = parseMessages(body);
        if (!messages)
          return reply(400, googleError(400, "Invalid JSON payload received.", "INVALID_ARGUMENT"));
        const ids = messages.map((m) => {
          const recorded = { topic, ...m, messageId: String(nextId++) };
          fake.published.push(recorded);
          fake.onPublish?.(recorded);
          return recorded.messageId;
        });
        return reply(200, { messageIds: ids });
      }
      const access = ACCESS.exec(path);
      if (req.method === "GET" && access?.[1] && access[2]) {
        const versions = o.secrets?.[access[1]];
        const index = access[2] === "latest" ? (versions?.length ?? 0) - 1 : Number(access[2]) - 1;
        const payload = versions?.[index];
        if (payload === undefined) {
          return reply(
            404,
            googleError(404, `Secret Version [${access[1]}/versions/${access[2]}] not found.`, "NOT_FOUND"),
          );
        }
        return reply(200, {
          name: `${access[1]}/versions/${index + 1}`,
          payload: { data: Buffer.from(payload, "utf8").toString("base64") },
        });
      }
      return reply(404, googleError(404, `Method not found: ${req.method} ${path}`, "NOT_FOUND"));
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  fake.close = () => {
    server.closeAllConnections();
    return new Promise((r) => server.close(() => r()));
  };
  return fake;
}

function parseMessages(body: string): Omit<PublishedMessage, "topic" | "messageId">[] | null {
  try {
    const parsed = JSON.parse(body) as {
      messages?: { data?: string; attributes?: Record<string, string> }[];
    };
    if (!Array.isArray(parsed.messages) || parsed.messages.length === 0) return null;
    return parsed.messages.map((m) => ({
      data: Buffer.from(m.data ?? "", "base64"),
      attributes: m.attributes ?? {},
    }));
  } catch {
    return null;
  }
}

function googleError(code: number, message: string, status: string) {
  return { error: { code, message, status } };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
  });
}

function send(res: ServerResponse, status: number, json: unknown): void {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8" });
  res.end(JSON.stringify(json));
}
