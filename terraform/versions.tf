terraform {
  # Cross-variable validation rules (redis_num_cache_clusters checks multi_az) need 1.9.
  required_version = ">= 1.9.0, < 2.0.0"

  required_providers {
    aws = {
      source = "hashicorp/aws"
      # terraform-aws-modules/eks 20.37.x supports the 5.x line of the AWS provider.
      version = "~> 5.95"
    }
    helm = {
      source  = "hashicorp/helm"
      version = "~> 2.17"
    }
    random = {
      source  = "hashicorp/random"
      version = "~> 3.7"
    }
  }
}
