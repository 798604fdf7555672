variable "github_org" {
  description = "GitHub organisation that owns the deploying repositories"
  default     = "acme"
}

variable "branch" {
  description = "Branch whose workflow runs may deploy"
  default     = "main"
}
