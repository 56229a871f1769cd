/**
 * Where the add-on keeps its two remembered values, per user: the service URL (the deployer
 * may preset it for everyone as the script property VIGIE_SERVICE_URL) and the tenant the
 * user configures. No secret is stored: the service trusts the user's Google identity token.
 */

const SERVICE_URL = "VIGIE_SERVICE_URL";
const TENANT_ID = "VIGIE_TENANT_ID";

export function serviceUrl(): string | null {
  const own = PropertiesService.getUserProperties().getProperty(SERVICE_URL);
  return own ?? PropertiesService.getScriptProperties().getProperty(SERVICE_URL);
}

/** Only an https URL (or http on localhost, for a local service) without query or fragment. */
export function checkServiceUrl(raw: string): string | null {
  const url = raw.trim().replace(/\/+$/, "");
  const ok =
    /^https:\/\/[^\s/?#]+(\/[^\s?#]*)?$/.test(url) ||
    /^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?(\/[^\s?#]*)?$/.test(url);
  return ok ? url : null;
}

export function rememberServiceUrl(url: string): void {
  PropertiesService.getUserProperties().setProperty(SERVICE_URL, url);
}

export function tenantId(): string | null {
  return PropertiesService.getUserProperties().getProperty(TENANT_ID);
}

const SLUG = /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/;

/** The tenant id the Vigie admin gave: the same slug rule as `tenant.json`'s `id`. */
export function checkTenantId(raw: string): string | null {
  const id = raw.trim().toLowerCase();
  return SLUG.test(id) && id.length <= 63 ? id : null;
}

export function rememberTenantId(id: string): void {
  PropertiesService.getUserProperties().setProperty(TENANT_ID, id);
}
