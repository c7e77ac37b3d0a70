module "eks" {
  source  = "terraform-aws-modules/eks/aws"
  version = "20.37.1"

  cluster_name    = local.name
  cluster_version = var.kubernetes_version

  vpc_id                   = module.vpc.vpc_id
  subnet_ids               = module.vpc.private_subnets
  control_plane_subnet_ids = module.vpc.intra_subnets

  # The API is reachable privately from the VPC, and publicly only from the listed networks.
  cluster_endpoint_private_access      = true
  cluster_endpoint_public_access       = length(var.cluster_endpoint_public_access_cidrs) > 0
  cluster_endpoint_public_access_cidrs = var.cluster_endpoint_public_access_cidrs

  authentication_mode                      = "API"
  enable_cluster_creator_admin_permissions = true

  # OIDC provider for IAM roles for service accounts (IRSA).
  enable_irsa = true

  create_kms_key = false
  cluster_encryption_config = {
    provider_key_arn = aws_kms_key.this["eks"].arn
    resources        = ["secrets"]
  }

  cluster_enabled_log_types              = ["api", "audit", "authenticator", "controllerManager", "scheduler"]
  create_cloudwatch_log_group            = true
  cloudwatch_log_group_retention_in_days = var.log_retention_days
  cloudwatch_log_group_kms_key_id        = aws_kms_key.this["logs"].arn

  cluster_addons = {
    vpc-cni = {
      most_recent              = true
      before_compute           = true
      service_account_role_arn = module.vpc_cni_irsa.iam_role_arn
      # Enforce the chart's NetworkPolicies (default deny, then the real flows): without this
      # the VPC CNI accepts them and enforces nothing.
      configuration_values = jsonencode({
        enableNetworkPolicy = "true"
      })
    }
    kube-proxy = {
      most_recent = true
    }
    coredns = {
      most_recent = true
    }
    aws-ebs-csi-driver = {
      most_recent              = true
      service_account_role_arn = module.ebs_csi_irsa.iam_role_arn
    }
  }

  eks_managed_node_group_defaults = {
    ami_type   = "AL2023_x86_64_STANDARD"
    subnet_ids = local.node_subnet_ids

    # Root volumes are gp3, encrypted with the EBS key.
    block_device_mappings = {
      xvda = {
        device_name = "/dev/xvda"
        ebs = {
          volume_size           = var.node_disk_size_gib
          volume_type           = "gp3"
          encrypted             = true
          kms_key_id            = aws_kms_key.this["ebs"].arn
          delete_on_termination = true
        }
      }
    }

    # IMDSv2 only, hop limit 1: a pod (one hop further than the node) cannot fetch the node
    # role's credentials; pods get their own through IRSA.
    metadata_options = {
      http_endpoint               = "enabled"
      http_tokens                 = "required"
      http_put_response_hop_limit = 1
    }
  }

  eks_managed_node_groups = {
    on_demand = {
      capacity_type  = "ON_DEMAND"
      instance_types = var.on_demand_node_group.instance_types
      min_size       = var.on_demand_node_group.min_size
      desired_size   = var.on_demand_node_group.desired_size
      max_size       = var.on_demand_node_group.max_size

      labels = {
        "shopfront.dev/capacity-type" = "on-demand"
      }
    }

    spot = {
      capacity_type  = "SPOT"
      instance_types = var.spot_node_group.instance_types
      min_size       = var.spot_node_group.min_size
      desired_size   = var.spot_node_group.desired_size
      max_size       = var.spot_node_group.max_size

      labels = {
        "shopfront.dev/capacity-type" = "spot"
      }
    }
  }
}

# IAM roles for service accounts: each Kubernetes service account below may assume exactly one role.

module "vpc_cni_irsa" {
  source  = "terraform-aws-modules/iam/aws//modules/iam-role-for-service-accounts-eks"
  version = "5.59.0"

  role_name             = "${local.name}-vpc-cni"
  attach_vpc_cni_policy = true
  vpc_cni_enable_ipv4   = true

  oidc_providers = {
    main = {
      provider_arn               = module.eks.oidc_provider_arn
      namespace_service_accounts = ["kube-system:aws-node"]
    }
  }
}

module "ebs_csi_irsa" {
  source  = "terraform-aws-modules/iam/aws//modules/iam-role-for-service-accounts-eks"
  version = "5.59.0"

  role_name             = "${local.name}-ebs-csi"
  attach_ebs_csi_policy = true
  ebs_csi_kms_cmk_ids   = [aws_kms_key.this["ebs"].arn]

  oidc_providers = {
    main = {
      provider_arn               = module.eks.oidc_provider_arn
      namespace_service_accounts = ["kube-system:ebs-csi-controller-sa"]
    }
  }
}

module "aws_load_balancer_controller_irsa" {
  source  = "terraform-aws-modules/iam/aws//modules/iam-role-for-service-accounts-eks"
  version = "5.59.0"

  role_name                              = "${local.name}-aws-load-balancer-controller"
  attach_load_balancer_controller_policy = true

  oidc_providers = {
    main = {
      provider_arn               = module.eks.oidc_provider_arn
      namespace_service_accounts = ["kube-system:aws-load-balancer-controller"]
    }
  }
}

module "external_dns_irsa" {
  source  = "terraform-aws-modules/iam/aws//modules/iam-role-for-service-accounts-eks"
  version = "5.59.0"

  role_name                     = "${local.name}-external-dns"
  attach_external_dns_policy    = true
  external_dns_hosted_zone_arns = [data.aws_route53_zone.shop.arn]

  oidc_providers = {
    main = {
      provider_arn               = module.eks.oidc_provider_arn
      namespace_service_accounts = ["kube-system:external-dns"]
    }
  }
}
