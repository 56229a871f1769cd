/** Express request/response ↔ the service's framework-free shapes (src/app/service/http.ts). */
import type { HttpFunction, Request, Response } from "@google-cloud/functions-framework";
import { errorResponse, type ServiceRequest, type ServiceResponse } from "../src/app/service/http.js";
import type { ServiceLog } from "../src/app/service/log.js";

export function httpEntry(
  entry: string,
  log: ServiceLog,
  handle: (req: ServiceRequest) => Promise<ServiceResponse>,
): HttpFunction {
  return async (req: Request, res: Response) => {
    const started = Date.now();
    let response: ServiceResponse;
    try {
      response = await handle(serviceRequest(req));
    } catch (e) {
      response = errorResponse(e, (line) => log("ERROR", line, { entry }));
    }
    send(res, response);
    log("INFO", `${entry} ${req.method} ${response.status}`, {
      entry,
      status: response.status,
      ms: Date.now() - started,
    });
  };
}

function serviceRequest(req: Request): ServiceRequest {
  const headers: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(req.headers)) headers[k.toLowerCase()] = Array.isArray(v) ? v[0] : v;
  const query: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(req.query)) query[k] = typeof v === "string" ? v : undefined;
  return { method: req.method, path: req.path, headers, query, body: req.body };
}

function send(res: Response, r: ServiceResponse): void {
  res.status(r.status);
  for (const [k, v] of Object.entries(r.headers ?? {})) res.setHeader(k, v);
  if (typeof r.body === "string") res.type("html").send(r.body);
  else res.json(r.body ?? {});
}
