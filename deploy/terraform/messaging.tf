resource "google_pubsub_topic" "runs" {
  name = "vigie-runs"
}

resource "google_pubsub_topic" "dead" {
  name = "vigie-runs-dead"
}

# Push to runTenant with an OIDC token; a message runTenant rethrows is delivered again with back-off,
# and after 10 attempts moved to the dead-letter topic (inspect with the subscription below).
resource "google_pubsub_subscription" "runs" {
  name                       = "vigie-runs-push"
  topic                      = google_pubsub_topic.runs.id
  ack_deadline_seconds       = 600
  message_retention_duration = "604800s"
  push_config {
    push_endpoint = "${google_cloudfunctions2_function.fn["runTenant"].service_config[0].uri}/projects/${var.project}/topics/vigie-runs"
    oidc_token {
      service_account_email = google_service_account.sa["pusher"].email
    }
  }
  retry_policy {
    minimum_backoff = "30s"
    maximum_backoff = "600s"
  }
  dead_letter_policy {
    dead_letter_topic     = google_pubsub_topic.dead.id
    max_delivery_attempts = 10
  }
}

resource "google_pubsub_subscription" "dead" {
  name                       = "vigie-runs-dead-pull"
  topic                      = google_pubsub_topic.dead.id
  message_retention_duration = "1209600s"
}

resource "google_cloud_scheduler_job" "dispatch" {
  name      = "vigie-dispatch"
  schedule  = var.dispatch_schedule
  time_zone = "Etc/UTC"
  http_target {
    http_method = "POST"
    uri         = google_cloudfunctions2_function.fn["dispatch"].service_config[0].uri
    oidc_token {
      service_account_email = google_service_account.sa["scheduler"].email
      audience              = local.env_values.VIGIE_DISPATCH_AUDIENCE
    }
  }
  retry_config {
    retry_count = 2
  }
}
