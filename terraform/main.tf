provider "aws" {
  region = var.aws_region

  default_tags {
    tags = local.tags
  }
}

# Charts for the cluster add-ons are installed through the cluster's own endpoint, authenticated
# with the caller's AWS identity (the same one `terraform apply` runs as).
provider "helm" {
  kubernetes {
    host                   = module.eks.cluster_endpoint
    cluster_ca_certificate = base64decode(module.eks.cluster_certificate_authority_data)

    exec {
      api_version = "client.authentication.k8s.io/v1beta1"
      command     = "aws"
      args        = ["eks", "get-token", "--cluster-name", module.eks.cluster_name, "--region", var.aws_region]
    }
  }
}

data "aws_availability_zones" "available" {
  state = "available"

  filter {
    name   = "opt-in-status"
    values = ["opt-in-not-required"]
  }
}

data "aws_caller_identity" "current" {}

data "aws_partition" "current" {}

data "aws_region" "current" {}

locals {
  name = "${var.project_name}-${var.environment}"

  # Three availability zones always: EKS, MSK and the RDS subnet groups need subnets in several
  # zones even when the environment runs its single-instance stores in the first one.
  azs = slice(data.aws_availability_zones.available.names, 0, 3)

  # 10.0.0.0/24..10.0.2.0/24 public, 10.0.16.0/20..10.0.48.0/20 private (nodes, pods, RDS),
  # 10.0.100.0/24..10.0.102.0/24 intra (no route to the internet: EKS control plane ENIs,
  # ElastiCache, MSK).
  public_subnets  = [for index in range(3) : cidrsubnet(var.vpc_cidr, 8, index)]
  private_subnets = [for index in range(3) : cidrsubnet(var.vpc_cidr, 4, index + 1)]
  intra_subnets   = [for index in range(3) : cidrsubnet(var.vpc_cidr, 8, index + 100)]

  # Single-AZ environments keep their nodes and single-instance stores in the first zone.
  node_subnet_ids = var.multi_az ? module.vpc.private_subnets : [module.vpc.private_subnets[0]]

  account_id = data.aws_caller_identity.current.account_id
  partition  = data.aws_partition.current.partition
  region     = data.aws_region.current.name

  tags = merge(var.tags, {
    Project     = var.project_name
    Environment = var.environment
    ManagedBy   = "terraform"
  })
}
