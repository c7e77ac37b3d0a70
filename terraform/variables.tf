# Every input has a description; every non-boolean input has a validation rule. Sizes per environment live in
# environments/<env>.tfvars; `terraform plan -var-file=environments/dev.tfvars`.

variable "environment" {
  description = "Deployment environment; part of every resource name and tagged on every resource."
  type        = string

  validation {
    condition     = contains(["dev", "staging", "prod"], var.environment)
    error_message = "The environment must be one of dev, staging or prod."
  }
}

variable "project_name" {
  description = "Name prefix of every resource (\"<project_name>-<environment>\")."
  type        = string
  default     = "shopfront"

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{1,20}$", var.project_name))
    error_message = "The project name must be 2 to 21 lowercase letters, digits or dashes, starting with a letter."
  }
}

variable "aws_region" {
  description = "AWS region to deploy into, e.g. eu-west-1."
  type        = string
  default     = "eu-west-1"

  validation {
    condition     = can(regex("^[a-z]{2}(-gov)?-[a-z]+-[0-9]$", var.aws_region))
    error_message = "The region must look like eu-west-1 or us-gov-west-1."
  }
}

variable "tags" {
  description = "Extra tags for every resource (Project, Environment and ManagedBy are always set)."
  type        = map(string)
  default     = {}

  validation {
    condition     = alltrue([for key in keys(var.tags) : length(key) > 0 && length(key) <= 128 && !startswith(lower(key), "aws:")])
    error_message = "Tag keys must be 1 to 128 characters and must not start with \"aws:\"."
  }
}

variable "vpc_cidr" {
  description = "IPv4 range of the VPC; the subnets are carved from it (a /16 is expected)."
  type        = string
  default     = "10.0.0.0/16"

  validation {
    condition     = can(cidrhost(var.vpc_cidr, 0)) && endswith(var.vpc_cidr, "/16")
    error_message = "The VPC CIDR must be a valid /16 IPv4 range, e.g. 10.0.0.0/16."
  }
}

variable "multi_az" {
  description = "Run for availability: a NAT gateway per zone, Multi-AZ RDS, Redis replicas with failover, nodes in all three zones. false keeps single-instance stores and nodes in the first zone."
  type        = bool
  nullable    = false
}

variable "log_retention_days" {
  description = "Retention of every CloudWatch log group (EKS control plane, VPC flow logs, RDS, Redis, MSK)."
  type        = number
  default     = 30

  validation {
    condition     = contains([1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653], var.log_retention_days)
    error_message = "The log retention must be one of the values CloudWatch Logs accepts (1, 3, 5, 7, 14, 30, 60, 90, ... 3653)."
  }
}

variable "kms_deletion_window_days" {
  description = "Waiting period before a deleted KMS key is destroyed."
  type        = number
  default     = 30

  validation {
    condition     = var.kms_deletion_window_days >= 7 && var.kms_deletion_window_days <= 30
    error_message = "The KMS deletion window must be between 7 and 30 days."
  }
}

variable "kubernetes_version" {
  description = "Kubernetes minor version of the EKS control plane and node groups."
  type        = string
  default     = "1.33"

  validation {
    condition     = can(regex("^1\\.(2[89]|3[0-9])$", var.kubernetes_version))
    error_message = "The Kubernetes version must be a minor version such as 1.33 (1.28 or later)."
  }
}

variable "cluster_endpoint_public_access_cidrs" {
  description = "Networks allowed to reach the Kubernetes API from the internet; empty keeps the API private to the VPC."
  type        = list(string)
  default     = []

  validation {
    condition     = alltrue([for cidr in var.cluster_endpoint_public_access_cidrs : can(cidrhost(cidr, 0))])
    error_message = "Every entry must be an IPv4 CIDR range such as 203.0.113.0/24."
  }
}

variable "on_demand_node_group" {
  description = "On-demand EKS managed node group: instance types and autoscaling bounds."
  type = object({
    instance_types = list(string)
    min_size       = number
    desired_size   = number
    max_size       = number
  })

  validation {
    condition = (
      length(var.on_demand_node_group.instance_types) > 0
      && var.on_demand_node_group.min_size >= 1
      && var.on_demand_node_group.min_size <= var.on_demand_node_group.desired_size
      && var.on_demand_node_group.desired_size <= var.on_demand_node_group.max_size
    )
    error_message = "The on-demand group needs at least one instance type and 1 <= min_size <= desired_size <= max_size."
  }
}

variable "spot_node_group" {
  description = "Spot EKS managed node group: instance types (several, for spot capacity) and autoscaling bounds."
  type = object({
    instance_types = list(string)
    min_size       = number
    desired_size   = number
    max_size       = number
  })

  validation {
    condition = (
      length(var.spot_node_group.instance_types) >= 2
      && var.spot_node_group.min_size >= 0
      && var.spot_node_group.min_size <= var.spot_node_group.desired_size
      && var.spot_node_group.desired_size <= var.spot_node_group.max_size
      && var.spot_node_group.max_size >= 1
    )
    error_message = "The spot group needs at least two instance types and 0 <= min_size <= desired_size <= max_size, max_size >= 1."
  }
}

variable "node_disk_size_gib" {
  description = "Size of each node's encrypted gp3 root volume, in GiB."
  type        = number
  default     = 50

  validation {
    condition     = var.node_disk_size_gib >= 20 && var.node_disk_size_gib <= 500
    error_message = "The node disk size must be between 20 and 500 GiB."
  }
}

variable "route53_zone_name" {
  description = "The shop's public hosted zone (e.g. example.com): the only zone external-dns may change."
  type        = string

  validation {
    condition     = can(regex("^([a-z0-9]([a-z0-9-]*[a-z0-9])?\\.)+[a-z]{2,}$", var.route53_zone_name))
    error_message = "The zone name must be a domain such as example.com, without a trailing dot."
  }
}

variable "msk_acl_bootstrap" {
  description = "true only while the first Kafka ACLs are created (kafka-acls.sh): allow.everyone.if.no.acl.found=true. MSK has no super users, so nobody could create them otherwise."
  type        = bool
  default     = false
  nullable    = false
}

variable "postgres_instance_class" {
  description = "RDS instance class of the PostgreSQL instance (product-service)."
  type        = string

  validation {
    condition     = can(regex("^db\\.[a-z0-9]+\\.[a-z0-9]+$", var.postgres_instance_class))
    error_message = "The instance class must look like db.t4g.micro."
  }
}

variable "mariadb_instance_class" {
  description = "RDS instance class of the MariaDB instance (payment-service)."
  type        = string

  validation {
    condition     = can(regex("^db\\.[a-z0-9]+\\.[a-z0-9]+$", var.mariadb_instance_class))
    error_message = "The instance class must look like db.t4g.micro."
  }
}

variable "db_allocated_storage_gib" {
  description = "Initial storage of each RDS instance, in GiB."
  type        = number

  validation {
    condition     = var.db_allocated_storage_gib >= 20 && var.db_allocated_storage_gib <= 16384
    error_message = "RDS gp3 storage must be between 20 and 16384 GiB."
  }
}

variable "db_max_allocated_storage_gib" {
  description = "Ceiling for RDS storage autoscaling, in GiB."
  type        = number

  validation {
    condition     = var.db_max_allocated_storage_gib >= var.db_allocated_storage_gib && var.db_max_allocated_storage_gib <= 16384
    error_message = "The storage ceiling must be at least the allocated storage and at most 16384 GiB."
  }
}

variable "db_backup_retention_days" {
  description = "Days of automated RDS backups and of Redis snapshots."
  type        = number

  validation {
    condition     = var.db_backup_retention_days >= 1 && var.db_backup_retention_days <= 35
    error_message = "The backup retention must be between 1 and 35 days."
  }
}

variable "db_deletion_protection" {
  description = "Protect the RDS instances from deletion; also keeps a final snapshot when they are destroyed."
  type        = bool
  nullable    = false
}

variable "db_monitoring_interval_seconds" {
  description = "Interval of RDS enhanced monitoring (operating-system metrics), in seconds."
  type        = number
  default     = 60

  validation {
    condition     = contains([1, 5, 10, 15, 30, 60], var.db_monitoring_interval_seconds)
    error_message = "Enhanced monitoring stays on: the interval must be 1, 5, 10, 15, 30 or 60 seconds."
  }
}

variable "redis_node_type" {
  description = "ElastiCache node type of the Redis replication group."
  type        = string

  validation {
    condition     = can(regex("^cache\\.[a-z0-9]+\\.[a-z0-9]+$", var.redis_node_type))
    error_message = "The node type must look like cache.t4g.micro."
  }
}

variable "redis_num_cache_clusters" {
  description = "Redis nodes (one primary plus replicas); at least two where multi_az is true."
  type        = number

  validation {
    condition     = var.redis_num_cache_clusters >= 1 && var.redis_num_cache_clusters <= 6 && (!var.multi_az || var.redis_num_cache_clusters >= 2)
    error_message = "Use 1 to 6 Redis nodes, and at least 2 (a replica to fail over to) when multi_az is true."
  }
}

variable "kafka_version" {
  description = "Apache Kafka version of the MSK cluster."
  type        = string
  default     = "3.8.x"

  validation {
    condition     = can(regex("^[34]\\.[0-9]+\\.(x|[0-9]+)$", var.kafka_version))
    error_message = "The Kafka version must be an MSK version string such as 3.8.x."
  }
}

variable "msk_broker_count" {
  description = "Number of MSK brokers; a multiple of the three availability zones."
  type        = number
  default     = 3

  validation {
    condition     = var.msk_broker_count >= 3 && var.msk_broker_count % 3 == 0
    error_message = "The broker count must be a positive multiple of 3 (one or more brokers per zone)."
  }
}

variable "msk_broker_instance_type" {
  description = "Instance type of the MSK brokers."
  type        = string

  validation {
    condition     = can(regex("^kafka\\.[a-z0-9]+\\.[a-z0-9]+$", var.msk_broker_instance_type))
    error_message = "The broker instance type must look like kafka.m5.large."
  }
}

variable "msk_volume_size_gib" {
  description = "EBS storage per MSK broker, in GiB."
  type        = number

  validation {
    condition     = var.msk_volume_size_gib >= 1 && var.msk_volume_size_gib <= 16384
    error_message = "The broker storage must be between 1 and 16384 GiB."
  }
}
