/**
 * Drive v3 `files.list` (the q clauses Vigie uses), `changes.getStartPageToken` and `changes.list`, served
 * from google/drive/files.json plus the files tests add, update, trash or remove.
 */
import { requireScope, seesAllDriveFiles } from "./auth.js";
import { type ApiContext, badParam, boolParam, intParam, ok, type Reply } from "./http.js";
import { pageSize } from "./paging.js";
import type { Stored } from "./state.js";
import type { Json } from "./workspace.js";

const SCOPES = ["drive.readonly", "drive.metadata.readonly", "drive", "drive.metadata"];
/** files.list also answers a `drive.file` token, with the files the app created only. */
const LIST_SCOPES = [...SCOPES, "drive.file"];
const MAX_PAGE = 1000;

type Predicate = (file: Json) => boolean;

export function listFiles(ctx: ApiContext): Reply {
  const problem = requireScope(ctx.principal, LIST_SCOPES) ?? checkPageSize(ctx.query);
  if (problem) return problem;
  const size = pageSize(intParam(ctx.query, "pageSize") ?? undefined, 100, MAX_PAGE, ctx.pageSizeCap);
  const pageToken = ctx.query.get("pageToken");
  const page = pageToken ? ctx.state.cursors.next<Json>(pageToken, size) : firstFilesPage(ctx, size);
  if (page === null) return badParam("pageToken", "Invalid Value");
  if (!("items" in page)) return page;
  return ok({
    kind: "drive#fileList",
    incompleteSearch: false,
    ...(page.nextPageToken ? { nextPageToken: page.nextPageToken } : {}),
    files: page.items,
  });
}

function firstFilesPage(ctx: ApiContext, size: number) {
  const predicates = parseQuery(ctx.query.get("q") ?? "");
  if (!predicates) return badParam("q", "Invalid Value");
  const all = seesAllDriveFiles(ctx.principal);
  const files = [...ctx.state.driveFiles.values()]
    .filter((stored) => !stored.removed)
    .map((stored) => stored.value)
    .filter((file) => all || ctx.state.appFiles.has(String(file.id)))
    .filter((file) => predicates.every((matches) => matches(file)));
  return ctx.state.cursors.first(files, size, null);
}

export function getStartPageToken(ctx: ApiContext): Reply {
  const denied = requireScope(ctx.principal, SCOPES);
  if (denied) return denied;
  return ok({ kind: "drive#startPageToken", startPageToken: String(ctx.state.seq + 1) });
}

/**
 * Change tokens are positions in the state's sequence, so they never expire (as Drive promises). A file
 * changed several times since the token appears once, with its latest state.
 */
export function listChanges(ctx: ApiContext): Reply {
  const problem = requireScope(ctx.principal, SCOPES) ?? checkPageSize(ctx.query);
  if (problem) return problem;
  const from = intParam(ctx.query, "pageToken");
  if (from === undefined || from === null || from < 1) return badParam("pageToken", "Invalid Value");
  const includeRemoved = boolParam(ctx.query, "includeRemoved") !== false;
  const changed = [...ctx.state.driveFiles.values()]
    .filter((stored) => stored.seq >= from && (includeRemoved || !stored.removed))
    .sort((a, b) => a.seq - b.seq);
  const size = pageSize(intParam(ctx.query, "pageSize") ?? undefined, 100, MAX_PAGE, ctx.pageSizeCap);
  const next = changed[size];
  return ok({
    kind: "drive#changeList",
    ...(next ? { nextPageToken: String(next.seq) } : { newStartPageToken: String(ctx.state.seq + 1) }),
    changes: changed.slice(0, size).map(toChange),
  });
}

function toChange(stored: Stored): Json {
  const fileId = String(stored.value.id);
  const removed = stored.removed === true;
  return {
    kind: "drive#change",
    changeType: "file",
    time: stored.time,
    removed,
    fileId,
    ...(removed ? {} : { file: stored.value }),
  };
}

function checkPageSize(query: URLSearchParams): Reply | null {
  const size = intParam(query, "pageSize");
  if (size === null || (size !== undefined && size < 1)) {
    return badParam("pageSize", `Invalid value '${query.get("pageSize")}'.`);
  }
  return null;
}

const QUOTED = "'((?:[^'\\\\]|\\\\.)*)'";
const CLAUSES: Array<[RegExp, (m: RegExpExecArray) => Predicate]> = [
  [new RegExp(`^${QUOTED}\\s+in\\s+parents$`), (m) => (f) => asArray(f.parents).includes(unquote(m[1]))],
  [new RegExp(`^(mimeType|name)\\s*(=|!=)\\s*${QUOTED}$`), (m) => equality(m[1], m[2], unquote(m[3]))],
  [new RegExp(`^name\\s+contains\\s+${QUOTED}$`), (m) => (f) => String(f.name ?? "").includes(unquote(m[1]))],
  [
    /^trashed\s*(=|!=)\s*(true|false)$/,
    (m) => (f) => ((f.trashed === true) === (m[2] === "true")) === (m[1] === "="),
  ],
  [new RegExp(`^modifiedTime\\s*(>=|<=|>|<)\\s*${QUOTED}$`), (m) => timeCompare(m[1], unquote(m[2]))],
  [
    new RegExp(
      `^(appProperties|properties)\\s+has\\s*\\{\\s*key\\s*=\\s*${QUOTED}\\s+and\\s+value\\s*=\\s*${QUOTED}\\s*\\}$`,
    ),
    (m) => (f) => propertyOf(f[m[1] ?? ""], unquote(m[2])) === unquote(m[3]),
  ],
];

/** The clauses above joined by `and`; null for anything else, which Drive answers with 400 Invalid Value. */
export function parseQuery(q: string): Predicate[] | null {
  if (!q.trim()) return [];
  const clauses = splitClauses(q);
  const predicates: Predicate[] = [];
  for (const clause of clauses) {
    const text = clause.trim();
    const match = CLAUSES.map(([re, build]) => [re.exec(text), build] as const).find(([m]) => m);
    if (!match?.[0]) return null;
    predicates.push(match[1](match[0]));
  }
  return predicates;
}

/** Splits on `and` outside quotes and outside `{ key=… and value=… }`. */
function splitClauses(q: string): string[] {
  const clauses: string[] = [];
  let start = 0;
  let depth = 0;
  let quoted = false;
  for (let i = 0; i < q.length; i++) {
    const c = q[i];
    if (quoted) {
      if (c === "\\") i++;
      else if (c === "'") quoted = false;
    } else if (c === "'") quoted = true;
    else if (c === "{") depth++;
    else if (c === "}") depth--;
    else if (depth === 0 && /\s/.test(c ?? "")) {
      const and = /^\s+and\s+/i.exec(q.slice(i));
      if (and) {
        clauses.push(q.slice(start, i));
        i += and[0].length - 1;
        start = i + 1;
      }
    }
  }
  clauses.push(q.slice(start));
  return clauses;
}

function propertyOf(properties: unknown, key: string): string | undefined {
  if (typeof properties !== "object" || properties === null) return undefined;
  const value = (properties as Record<string, unknown>)[key];
  return typeof value === "string" ? value : undefined;
}

function equality(field: string | undefined, op: string | undefined, value: string): Predicate {
  return (file) => (String(file[field ?? ""] ?? "") === value) === (op === "=");
}

function timeCompare(op: string | undefined, value: string): Predicate {
  const bound = Date.parse(value);
  return (file) => {
    const time = Date.parse(String(file.modifiedTime ?? ""));
    if (op === ">") return time > bound;
    if (op === ">=") return time >= bound;
    if (op === "<") return time < bound;
    return time <= bound;
  };
}

function unquote(value: string | undefined): string {
  return (value ?? "").replace(/\\(.)/g, "$1");
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
