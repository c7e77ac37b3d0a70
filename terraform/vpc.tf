module "vpc" {
  source  = "terraform-aws-modules/vpc/aws"
  version = "5.21.0"

  name = local.name
  cidr = var.vpc_cidr
  azs  = local.azs

  public_subnets  = local.public_subnets
  private_subnets = local.private_subnets
  intra_subnets   = local.intra_subnets

  enable_dns_hostnames = true
  enable_dns_support   = true

  # One NAT gateway per zone where the environment is multi-AZ, a single shared one otherwise.
  enable_nat_gateway     = true
  single_nat_gateway     = !var.multi_az
  one_nat_gateway_per_az = var.multi_az

  # The default security group of the VPC is taken over and left without any rule.
  manage_default_security_group  = true
  default_security_group_ingress = []
  default_security_group_egress  = []

  # Intra subnets (control plane ENIs, Redis, Kafka) only talk to addresses inside the VPC.
  intra_dedicated_network_acl = true
  intra_inbound_acl_rules = [
    {
      rule_number = 100
      rule_action = "allow"
      from_port   = 0
      to_port     = 0
      protocol    = "-1"
      cidr_block  = var.vpc_cidr
    },
  ]
  intra_outbound_acl_rules = [
    {
      rule_number = 100
      rule_action = "allow"
      from_port   = 0
      to_port     = 0
      protocol    = "-1"
      cidr_block  = var.vpc_cidr
    },
  ]

  enable_flow_log                                 = true
  flow_log_traffic_type                           = "ALL"
  flow_log_max_aggregation_interval               = 60
  create_flow_log_cloudwatch_log_group            = true
  create_flow_log_cloudwatch_iam_role             = true
  flow_log_cloudwatch_log_group_retention_in_days = var.log_retention_days
  flow_log_cloudwatch_log_group_kms_key_id        = aws_kms_key.this["logs"].arn

  # Subnet discovery tags for the AWS Load Balancer Controller.
  public_subnet_tags = {
    "kubernetes.io/role/elb" = 1
  }
  private_subnet_tags = {
    "kubernetes.io/role/internal-elb" = 1
  }
}
