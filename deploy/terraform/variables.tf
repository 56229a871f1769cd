variable "project" {
  type        = string
  description = "The Google Cloud project id."
}

variable "region" {
  type        = string
  default     = "europe-west1"
  description = "Region of the functions, the scheduler, and Cloud SQL."
}

variable "addon_client_ids" {
  type        = list(string)
  description = "OAuth client id(s) of the Workspace add-on's Apps Script project: the audience of its ID tokens."
}

variable "allowed_domains" {
  type        = list(string)
  default     = []
  description = "Workspace domains served (empty: any Workspace domain; consumer accounts are always refused)."
}

variable "default_google_admin" {
  type        = string
  default     = ""
  description = "Administrator impersonated when a tenant's configuration names no googleAdmin."
}

variable "notion_client_id" {
  type        = string
  description = "The Notion public integration's OAuth client id."
}

variable "dispatch_schedule" {
  type        = string
  default     = "5 * * * *"
  description = "When dispatch runs (hourly): each tenant's own schedule is applied in its time zone."
}

variable "sql_tier" {
  type        = string
  default     = "db-custom-1-3840"
  description = "Cloud SQL machine tier."
}

variable "source_dir" {
  type        = string
  default     = "../.."
  description = "The repository root, zipped as the functions' source."
}
