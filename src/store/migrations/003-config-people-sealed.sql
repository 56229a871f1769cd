-- A tenant's configuration no longer holds an address in clear: `config` keeps the saved `tenant.json`
-- with every email replaced by the person's pseudonym (enough to check a caller's role), and `sealed`
-- the configuration as saved, envelope-encrypted under the tenant's data key (to write the page and
-- answer the add-on's GET). Rows saved before this migration have no `sealed` value: the store seals
-- them and redacts their `config` when it opens (store.ts), because SQL alone cannot encrypt.
ALTER TABLE tenant_configs ADD COLUMN sealed jsonb;
