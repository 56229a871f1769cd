data "archive_file" "source" {
  type        = "zip"
  source_dir  = var.source_dir
  output_path = "${path.module}/.build/vigie-source.zip"
  excludes    = ["node_modules", "dist", "out", ".vigie", ".git", "deploy/terraform/.build", "deploy/terraform/.terraform", "fixtures/scenarios"]
}

resource "google_storage_bucket" "source" {
  name                        = "${var.project}-vigie-source"
  location                    = var.region
  uniform_bucket_level_access = true
}

resource "google_storage_bucket_object" "source" {
  name   = "vigie-${data.archive_file.source.output_md5}.zip"
  bucket = google_storage_bucket.source.name
  source = data.archive_file.source.output_path
}

# One function per entry of functions.json, all from the same source (the build runs `gcp-build`).
resource "google_cloudfunctions2_function" "fn" {
  for_each = local.functions
  name     = lower(replace(each.key, "/([A-Z])/", "-$1"))
  location = var.region

  build_config {
    runtime     = "nodejs24"
    entry_point = each.value.entry_point
    source {
      storage_source {
        bucket = google_storage_bucket.source.name
        object = google_storage_bucket_object.source.name
      }
    }
  }

  service_config {
    service_account_email = google_service_account.sa[each.value.service_account].email
    available_memory      = each.value.memory
    timeout_seconds       = each.value.timeout_seconds
    max_instance_count    = each.key == "runTenant" ? 10 : 3
    ingress_settings      = "ALLOW_ALL"
    vpc_connector         = google_vpc_access_connector.vigie.id
    # Only traffic to private ranges (Cloud SQL) goes through the connector; Google and Notion APIs do not.
    vpc_connector_egress_settings = "PRIVATE_RANGES_ONLY"
    environment_variables = merge(
      { for n in each.value.env : n => local.env_values[n] },
      { for s in each.value.secrets : "${s}_SECRET" => "projects/${var.project}/secrets/${local.secret_ids[s]}/versions/latest" },
    )
  }
}
