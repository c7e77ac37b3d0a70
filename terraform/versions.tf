terraform {
  # Cross-variable validation rules (redis_num_cache_clusters checks multi_az) need 1.9; the S3
  # backend's own locking (use_lockfile) needs 1.10.
  required_version = ">= 1.10.0, < 2.0.0"

  # Shared state in S3, encrypted, locked by a lock object beside it. The state holds secrets
  # (the Redis auth token, the apps' database and Kafka passwords), so the bucket is private,
  # versioned and encrypted with a KMS key (README.md, "State"). Bucket, key and region come
  # from -backend-config at init, one key per environment:
  #   terraform init -backend-config=environments/dev.s3.tfbackend
  backend "s3" {
    encrypt      = true
    use_lockfile = true
  }

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
