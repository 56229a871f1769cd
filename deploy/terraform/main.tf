# Vigie's scheduled service on Google Cloud: five Cloud Run functions (nodejs24), Cloud Scheduler with an
# OIDC token, the runs topic with a dead-letter topic and a retry policy, Secret Manager secrets, Cloud SQL
# for PostgreSQL, and one least-privilege service account per role. See the README, "Deployment".

terraform {
  required_version = ">= 1.6"
  required_providers {
    google  = { source = "hashicorp/google", version = "~> 6.0" }
    archive = { source = "hashicorp/archive", version = "~> 2.4" }
    random  = { source = "hashicorp/random", version = "~> 3.6" }
  }
}

provider "google" {
  project = var.project
  region  = var.region
}

locals {
  functions = { for name, f in jsondecode(file("${path.module}/functions.json")) : name => f if name != "//" }

  # Values of the plain environment variables; a function gets those its entry in functions.json names.
  env_values = {
    VIGIE_DISPATCH_AUDIENCE   = "https://${var.region}-${var.project}.cloudfunctions.net/dispatch"
    VIGIE_SCHEDULER_SA        = google_service_account.sa["scheduler"].email
    VIGIE_RUNS_TOPIC          = google_pubsub_topic.runs.name
    VIGIE_GOOGLE_ADMIN        = var.default_google_admin
    VIGIE_WORK_DIR            = "/tmp/vigie"
    VIGIE_ID_TOKEN_AUDIENCES  = join(",", var.addon_client_ids)
    VIGIE_ALLOWED_DOMAINS     = join(",", var.allowed_domains)
    VIGIE_NOTION_CLIENT_ID    = var.notion_client_id
    VIGIE_NOTION_REDIRECT_URI = "https://${var.region}-${var.project}.cloudfunctions.net/oauthNotion"
  }

  # Secret Manager secret id of each secret environment variable (the code reads NAME_SECRET).
  secret_ids = {
    VIGIE_DATABASE_URL         = "vigie-database-url"
    VIGIE_PSEUDONYM_KEY        = "vigie-pseudonym-key"
    VIGIE_ENVELOPE_KEY         = "vigie-envelope-key"
    VIGIE_GOOGLE_SA_KEY        = "vigie-google-sa-key"
    VIGIE_NOTION_CLIENT_SECRET = "vigie-notion-client-secret"
  }

  # Least privilege: each function runs as its own role's account.
  roles = {
    dispatch  = "Publishes run messages; reads tenants and runs"
    run       = "Runs one tenant-week: store, its secrets, nothing else"
    web       = "config, health, oauthNotion: the add-on's endpoints"
    scheduler = "Cloud Scheduler's identity: may invoke dispatch only"
    pusher    = "The runs subscription's push identity: may invoke runTenant only"
    workspace = "Reads each tenant's Workspace through domain-wide delegation (its key is a secret; no IAM role)"
  }
}
