-- Each tenant's own connection to a workspace it granted (today: the Notion OAuth access token). Only
-- the envelope-sealed form is stored (a data key per value, wrapped by the service's key); who connected
-- it is a pseudonym.
CREATE TABLE tenant_connections (
  tenant_id      text NOT NULL REFERENCES tenants (tenant_id),
  provider       text NOT NULL CHECK (provider IN ('notion')),
  sealed         jsonb NOT NULL,
  workspace_name text,
  connected_by   text,
  connected_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, provider)
);
