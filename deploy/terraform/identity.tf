resource "google_service_account" "sa" {
  for_each     = local.roles
  account_id   = "vigie-${each.key}"
  display_name = "Vigie ${each.key}"
  description  = each.value
}

# Each function's account reads only the secrets its entry uses.
resource "google_secret_manager_secret_iam_member" "access" {
  for_each = merge([
    for name, f in local.functions : {
      for s in f.secrets : "${name}/${s}" => { secret = s, sa = f.service_account }
    }
  ]...)
  secret_id = google_secret_manager_secret.secret[each.value.secret].id
  role      = "roles/secretmanager.secretAccessor"
  member    = "serviceAccount:${google_service_account.sa[each.value.sa].email}"
}

resource "google_project_iam_member" "sql_client" {
  for_each = toset(["dispatch", "run", "web"])
  project  = var.project
  role     = "roles/cloudsql.client"
  member   = "serviceAccount:${google_service_account.sa[each.key].email}"
}

resource "google_pubsub_topic_iam_member" "dispatch_publishes" {
  topic  = google_pubsub_topic.runs.id
  role   = "roles/pubsub.publisher"
  member = "serviceAccount:${google_service_account.sa["dispatch"].email}"
}

# config publishes too: "run now" from the add-on (the web account), one message like dispatch's.
resource "google_pubsub_topic_iam_member" "config_publishes" {
  topic  = google_pubsub_topic.runs.id
  role   = "roles/pubsub.publisher"
  member = "serviceAccount:${google_service_account.sa["web"].email}"
}

resource "google_cloud_run_service_iam_member" "scheduler_invokes_dispatch" {
  location = var.region
  service  = google_cloudfunctions2_function.fn["dispatch"].service_config[0].service
  role     = "roles/run.invoker"
  member   = "serviceAccount:${google_service_account.sa["scheduler"].email}"
}

resource "google_cloud_run_service_iam_member" "pusher_invokes_run" {
  location = var.region
  service  = google_cloudfunctions2_function.fn["runTenant"].service_config[0].service
  role     = "roles/run.invoker"
  member   = "serviceAccount:${google_service_account.sa["pusher"].email}"
}

# The add-on and the browser (Notion's redirect) reach these without a Google identity at the edge:
# config and oauthNotion check the caller's ID token or the signed state themselves.
resource "google_cloud_run_service_iam_member" "public" {
  for_each = toset(["config", "health", "oauthNotion"])
  location = var.region
  service  = google_cloudfunctions2_function.fn[each.key].service_config[0].service
  role     = "roles/run.invoker"
  member   = "allUsers"
}

# Pub/Sub must be able to move undeliverable messages to the dead-letter topic.
data "google_project" "this" {}

resource "google_pubsub_topic_iam_member" "dead_letter_publisher" {
  topic  = google_pubsub_topic.dead.id
  role   = "roles/pubsub.publisher"
  member = "serviceAccount:service-${data.google_project.this.number}@gcp-sa-pubsub.iam.gserviceaccount.com"
}

resource "google_pubsub_subscription_iam_member" "dead_letter_subscriber" {
  subscription = google_pubsub_subscription.runs.id
  role         = "roles/pubsub.subscriber"
  member       = "serviceAccount:service-${data.google_project.this.number}@gcp-sa-pubsub.iam.gserviceaccount.com"
}
