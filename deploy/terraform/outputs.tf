output "urls" {
  description = "Each function's URL: give config's, health's and oauthNotion's to the add-on."
  value       = { for name, f in google_cloudfunctions2_function.fn : name => f.service_config[0].uri }
}

output "workspace_client_id" {
  description = "The client id each tenant's Workspace administrator grants the read-only scopes (domain-wide delegation)."
  value       = google_service_account.sa["workspace"].unique_id
}
