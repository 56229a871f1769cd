/**
 * Docs v1 `GET /v1/documents/{documentId}`, served from google/docs/<id>.json in either stored form.
 * `includeTabsContent=true` answers with `tabs` and no legacy content fields; otherwise the first tab's
 * content fills the legacy fields (`body`, `headers`…) and `tabs` is absent, as documents.get documents.
 */
import { requireScope } from "./auth.js";
import { type ApiContext, boolParam, googleError, ok, type Reply } from "./http.js";
import { applySuggestionsView, isSuggestionsViewMode } from "./suggestions.js";
import { isJson, type Json } from "./workspace.js";

const SCOPES = ["documents.readonly", "drive.readonly", "documents", "drive"];

/** The Document fields that moved into `tabs[].documentTab` when Docs gained tabs. */
const CONTENT_FIELDS = [
  "body",
  "headers",
  "footers",
  "footnotes",
  "documentStyle",
  "suggestedDocumentStyleChanges",
  "namedStyles",
  "suggestedNamedStylesChanges",
  "lists",
  "namedRanges",
  "inlineObjects",
  "positionedObjects",
];

export function getDocument(ctx: ApiContext): Reply {
  const denied = requireScope(ctx.principal, SCOPES);
  if (denied) return denied;
  const stored = ctx.state.docs.get(ctx.params[0] ?? "");
  // Docs is a newer API: its errors carry code/message/status but no legacy `errors` array.
  if (!stored) return googleError(404, "Requested entity was not found.");
  const mode = ctx.query.get("suggestionsViewMode") ?? "DEFAULT_FOR_CURRENT_ACCESS";
  if (!isSuggestionsViewMode(mode))
    return googleError(400, `Invalid value at 'suggestions_view_mode' (${mode})`);
  const shaped = boolParam(ctx.query, "includeTabsContent") === true ? withTabs(stored) : legacy(stored);
  return ok(applySuggestionsView(shaped, mode));
}

function withTabs(doc: Json): Json {
  if (Array.isArray(doc.tabs)) return withoutContent(doc);
  const documentTab = Object.fromEntries(CONTENT_FIELDS.filter((f) => f in doc).map((f) => [f, doc[f]]));
  const tabProperties = { tabId: "t.0", title: "Tab 1", index: 0 };
  return { ...withoutContent(doc), tabs: [{ tabProperties, documentTab }] };
}

function legacy(doc: Json): Json {
  if (!Array.isArray(doc.tabs)) return doc;
  const { tabs, ...rest } = doc;
  const first = tabs[0];
  const documentTab = isJson(first) && isJson(first.documentTab) ? first.documentTab : {};
  return { ...withoutContent(rest), ...documentTab };
}

function withoutContent(doc: Json): Json {
  return Object.fromEntries(Object.entries(doc).filter(([key]) => !CONTENT_FIELDS.includes(key)));
}
