# The secrets themselves; their values are added by the operator (README, "Deployment"), never here:
#   gcloud secrets versions add vigie-envelope-key --data-file=-   (and so on)
# The database URL is the exception: built from the generated password.
resource "google_secret_manager_secret" "secret" {
  for_each  = local.secret_ids
  secret_id = each.value
  replication {
    auto {}
  }
}

resource "google_secret_manager_secret_version" "database_url" {
  secret      = google_secret_manager_secret.secret["VIGIE_DATABASE_URL"].id
  secret_data = "postgresql://vigie:${random_password.db.result}@${google_sql_database_instance.vigie.private_ip_address}:5432/vigie"
}
