variable "github_org" {
  description = "GitHub organisation that owns the deploying repository"
  default     = "acme"
}

variable "repository" {
  description = "Repository allowed to deploy"
  default     = "app"
}

variable "branch" {
  description = "Only workflow runs on this branch may deploy"
  default     = "main"
}
