/**
 * Drive v3 `files.list` (the q clauses Vigie uses), `changes.getStartPageToken` and `changes.list`, served
 * from google/drive/files.json plus the files tests add, update, trash or remove.
 */
import { requireScope } from "./auth.js";
import { type ApiContext, badParam, boolParam, intParam, ok, type Reply } from "./http.js";
import { pageSize } from "./paging.js";
import type { Stored } from "./state.js";
import type { Json } from "./workspace.js";

const SCOPES = ["drive.readonly", "drive.metadata.readonly", "drive", "drive.metadata"];
const MAX_PAGE = 1000;

type Predicate = (file: Json) => boolean;

export function listFiles(ctx: ApiContext): Reply {
  const problem = requireScope(ctx.principal, SCOPES) ?? checkPageSize(ctx.query);
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
  const files = [...ctx.state.driveFiles.values()]
    .filter((stored) => !stored.removed)
    .map((stored) => stored.value)
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
];

/** The clauses above joined by `and`; null for anything else, which Drive answers with 400 Invalid Value. */
export function parseQuery(q: string): Predicate[] | null {
  if (!q.trim()) return [];
  const clauses = q.split(/\s+and\s+(?=(?:[^']*'[^']*')*[^']*$)/i);
  const predicates: Predicate[] = [];
  for (const clause of clauses) {
    const text = clause.trim();
    const match = CLAUSES.map(([re, build]) => [re.exec(text), build] as const).find(([m]) => m);
    if (!match?.[0]) return null;
    predicates.push(match[1](match[0]));
  }
  return predicates;
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
