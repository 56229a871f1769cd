/**
 * The keys of `tenant.json` the service reads beyond the analysis (see functions/README.md), validated
 * by src/core/tenant.ts like every other key; optional in the type so a hand-built Tenant stays short.
 */
import type { Tenant } from "../../core/model.js";

export type ServiceTenant = Tenant & {
  admins?: string[];
  assistants?: string[];
  schedule?: { day: number; time: string };
  /** The Workspace administrator the service account impersonates for this tenant. */
  googleAdmin?: string;
};
