-- Vigie's store, version 1. Every table but the migrations' own is keyed by tenant first: no query
-- reads a row without naming its tenant. No note text and no email address is ever stored: people
-- appear only as HMAC-SHA-256 pseudonyms under the tenant's key; team and ritual names stay.

CREATE TABLE tenants (
  tenant_id   text PRIMARY KEY,
  created_at  timestamptz NOT NULL DEFAULT now()
);

-- Each save of the configuration is a new version; runs name the version they used.
CREATE TABLE tenant_configs (
  tenant_id   text NOT NULL REFERENCES tenants (tenant_id),
  version     integer NOT NULL,
  config      jsonb NOT NULL,
  fingerprint text NOT NULL,
  saved_at    timestamptz NOT NULL DEFAULT now(),
  saved_by    text,
  PRIMARY KEY (tenant_id, version)
);

-- One row per tenant and ISO week: the claim that makes its effect happen once.
CREATE TABLE runs (
  tenant_id      text NOT NULL REFERENCES tenants (tenant_id),
  week           text NOT NULL,
  config_version integer,
  status         text NOT NULL CHECK (status IN ('running', 'done', 'failed')),
  attempts       integer NOT NULL DEFAULT 1,
  holder         text,
  lease_until    timestamptz,
  started_at     timestamptz NOT NULL DEFAULT now(),
  finished_at    timestamptz,
  timings        jsonb NOT NULL DEFAULT '{}',
  requests       jsonb NOT NULL DEFAULT '{}',
  -- What the run wrote (page and doc URLs, alert counts): a later delivery of the week reports it.
  outputs        jsonb,
  error          jsonb,
  PRIMARY KEY (tenant_id, week)
);

-- The per-tenant lease a run holds while it syncs and writes: one run of a tenant at a time.
CREATE TABLE tenant_leases (
  tenant_id   text PRIMARY KEY REFERENCES tenants (tenant_id),
  holder      text NOT NULL,
  week        text NOT NULL,
  lease_until timestamptz NOT NULL
);

-- Weeks whose measures are stored (a week may hold no measure of a signal and still be measured).
CREATE TABLE measured_weeks (
  tenant_id   text NOT NULL REFERENCES tenants (tenant_id),
  week        text NOT NULL,
  -- Whether the week's findings are stored too (a baseline-only week has measures alone).
  judged      boolean NOT NULL,
  measured_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, week)
);

-- What each detector measured, per week and scope: figures only (no evidence, no text).
CREATE TABLE measures (
  tenant_id text NOT NULL,
  week      text NOT NULL,
  signal    text NOT NULL,
  scope     text NOT NULL,
  value     double precision,
  unit      text NOT NULL,
  figures   jsonb NOT NULL,
  sets      jsonb,
  PRIMARY KEY (tenant_id, week, signal, scope),
  FOREIGN KEY (tenant_id, week) REFERENCES measured_weeks (tenant_id, week) ON DELETE CASCADE
);

-- Each week's judgement per signal and scope, before (raw) and after the persistence rule.
CREATE TABLE findings (
  tenant_id    text NOT NULL,
  week         text NOT NULL,
  signal       text NOT NULL,
  scope        text NOT NULL,
  raw_status   text NOT NULL,
  raw_score    integer NOT NULL,
  status       text NOT NULL,
  score        integer NOT NULL,
  value        double precision,
  baseline     double precision,
  unit         text NOT NULL,
  insufficient boolean NOT NULL,
  details      jsonb NOT NULL,
  PRIMARY KEY (tenant_id, week, signal, scope),
  FOREIGN KEY (tenant_id, week) REFERENCES measured_weeks (tenant_id, week) ON DELETE CASCADE
);

-- The alert lifecycle: one row per signal and scope while it lasts.
CREATE TABLE alerts (
  tenant_id      text NOT NULL REFERENCES tenants (tenant_id),
  alert_key      text NOT NULL,
  signal         text NOT NULL,
  scope          text NOT NULL,
  state          text NOT NULL CHECK (state IN ('open', 'acknowledged', 'resolved')),
  severity       text NOT NULL,
  first_week     text NOT NULL,
  last_week      text NOT NULL,
  resolved_week  text,
  notion_row_id  text,
  notion_page_id text,
  updated_at     timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, alert_key)
);

-- Where each syncer resumes (Calendar sync tokens, Drive page tokens, Notion cursors). A cursor is only
-- good for the workspace folder it was made with (`mirror`, an id kept in that folder): a fresh folder
-- must be listed in full, not resumed.
CREATE TABLE sync_cursors (
  tenant_id  text NOT NULL REFERENCES tenants (tenant_id),
  syncer     text NOT NULL,
  mirror     text NOT NULL,
  state      jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, syncer)
);
