-- One summary per judged tenant-week: what a consultant's comparison may read of it, so comparing
-- 200 clients reads a few thousand rows instead of re-deriving a year of findings. Written with the
-- week's measures and findings (same transaction); a re-run replaces it (the cascade below, then the
-- new row). Aggregates only: the overall score, each signal's org-level score and status, open
-- alerts by signal and severity, and team figures only for teams at or above the tenant's privacy
-- floor. Weeks stored before this version get theirs lazily, the first time a comparison needs them.
CREATE TABLE week_summaries (
  tenant_id      text NOT NULL,
  week           text NOT NULL,
  score          integer,
  status         text NOT NULL CHECK (status IN ('ok', 'watch', 'alert')),
  -- {signal: {"score": n|null, "status": s}}: the signal's score as the page computes it.
  signals        jsonb NOT NULL,
  -- {signal: {"alert": n, "watch": n}}: the week's flagged scopes (teams under the floor left out).
  alerts         jsonb NOT NULL,
  -- [[signal, scope, score, status, insufficient]] of org, ritual and shown team scopes.
  findings       jsonb NOT NULL,
  -- [[scope, people]] of the teams at or above the floor.
  teams          jsonb NOT NULL,
  min_group_size integer NOT NULL,
  PRIMARY KEY (tenant_id, week),
  FOREIGN KEY (tenant_id, week) REFERENCES measured_weeks (tenant_id, week) ON DELETE CASCADE
);
