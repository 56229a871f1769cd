resource "google_sql_database_instance" "vigie" {
  name             = "vigie"
  database_version = "POSTGRES_16"
  region           = var.region
  settings {
    tier              = var.sql_tier
    availability_type = "ZONAL"
    backup_configuration {
      enabled                        = true
      point_in_time_recovery_enabled = true
    }
    # Private IP only: the functions reach it through the Serverless VPC Access connector.
    ip_configuration {
      ipv4_enabled    = false
      private_network = data.google_compute_network.default.id
    }
  }
  deletion_protection = true
  depends_on          = [google_service_networking_connection.sql]
}

data "google_compute_network" "default" {
  name = "default"
}

resource "google_compute_global_address" "sql" {
  name          = "vigie-sql-range"
  purpose       = "VPC_PEERING"
  address_type  = "INTERNAL"
  prefix_length = 20
  network       = data.google_compute_network.default.id
}

resource "google_service_networking_connection" "sql" {
  network                 = data.google_compute_network.default.id
  service                 = "servicenetworking.googleapis.com"
  reserved_peering_ranges = [google_compute_global_address.sql.name]
}

resource "google_vpc_access_connector" "vigie" {
  name          = "vigie-connector"
  region        = var.region
  network       = data.google_compute_network.default.name
  ip_cidr_range = "10.8.0.0/28"
}

resource "google_sql_database" "vigie" {
  name     = "vigie"
  instance = google_sql_database_instance.vigie.name
}

resource "random_password" "db" {
  length  = 32
  special = false
}

resource "google_sql_user" "vigie" {
  name     = "vigie"
  instance = google_sql_database_instance.vigie.name
  password = random_password.db.result
}
