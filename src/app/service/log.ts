/**
 * The service's log: one JSON line per event on stdout, the shape Cloud Logging reads (`severity`,
 * `message`, then fields). Every string goes through `redact` first: whatever an error message quoted,
 * no address, bearer token, JWT, key or OAuth token reaches the log.
 */
export type Severity = "INFO" | "WARNING" | "ERROR";

export type LogFields = Record<string, string | number | boolean | null>;

export type ServiceLog = (severity: Severity, message: string, fields?: LogFields) => void;

const PATTERNS: [RegExp, string][] = [
  [/-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?(-----END [A-Z ]*PRIVATE KEY-----|$)/g, "[key]"],
  [/\beyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*/g, "[jwt]"],
  [/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/gi, "$1 [token]"],
  [/\b(ntn_|secret_|ya29\.)[A-Za-z0-9._-]+/g, "[token]"],
  [/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g, "[email]"],
];

export function redact(text: string): string {
  let out = text;
  for (const [pattern, replacement] of PATTERNS) out = out.replace(pattern, replacement);
  return out;
}

export function jsonLog(write: (line: string) => void): ServiceLog {
  return (severity, message, fields = {}) => {
    const safe: LogFields = {};
    for (const [k, v] of Object.entries(fields)) safe[k] = typeof v === "string" ? redact(v) : v;
    write(`${JSON.stringify({ severity, message: redact(message), ...safe })}\n`);
  };
}
