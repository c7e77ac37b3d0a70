output "cluster_name" {
  description = "Name of the EKS cluster."
  value       = module.eks.cluster_name
}

output "cluster_endpoint" {
  description = "Endpoint of the Kubernetes API."
  value       = module.eks.cluster_endpoint
}

output "kubeconfig_command" {
  description = "Command that adds the cluster to the local kubeconfig."
  value       = "aws eks update-kubeconfig --region ${var.aws_region} --name ${module.eks.cluster_name}"
}

output "vpc_id" {
  description = "ID of the VPC."
  value       = module.vpc.vpc_id
}

output "private_subnet_ids" {
  description = "Private subnets (nodes, pods, RDS)."
  value       = module.vpc.private_subnets
}

output "intra_subnet_ids" {
  description = "Intra subnets (EKS control plane ENIs, ElastiCache, MSK)."
  value       = module.vpc.intra_subnets
}

output "postgres_endpoint" {
  description = "Address of the PostgreSQL instance (product-service DB_HOST)."
  value       = aws_db_instance.postgres.address
}

output "postgres_master_secret_arn" {
  description = "Secrets Manager secret holding the PostgreSQL master credentials (DB_USER, DB_PASSWORD)."
  value       = aws_db_instance.postgres.master_user_secret[0].secret_arn
}

output "mariadb_endpoint" {
  description = "Address of the MariaDB instance (payment-service DB_HOST)."
  value       = aws_db_instance.mariadb.address
}

output "mariadb_master_secret_arn" {
  description = "Secrets Manager secret holding the MariaDB master credentials (DB_USER, DB_PASSWORD)."
  value       = aws_db_instance.mariadb.master_user_secret[0].secret_arn
}

output "redis_primary_endpoint" {
  description = "Primary endpoint of the Redis replication group (REDIS_HOST; TLS required)."
  value       = aws_elasticache_replication_group.redis.primary_endpoint_address
}

output "redis_auth_token_secret_arn" {
  description = "Secrets Manager secret holding the Redis auth token (REDIS_PASSWORD)."
  value       = aws_secretsmanager_secret.redis_auth_token.arn
}

output "kafka_bootstrap_brokers_tls" {
  description = "TLS bootstrap brokers of the MSK cluster (KAFKA_BOOTSTRAP_SERVERS; clients use security.protocol=SSL)."
  value       = aws_msk_cluster.this.bootstrap_brokers_tls
}

output "ebs_kms_key_arn" {
  description = "KMS key for encrypted EBS StorageClasses (parameter kmsKeyId)."
  value       = aws_kms_key.this["ebs"].arn
}

output "irsa_role_arns" {
  description = "IAM roles assumed by Kubernetes service accounts, by controller."
  value = {
    aws_load_balancer_controller = module.aws_load_balancer_controller_irsa.iam_role_arn
    external_dns                 = module.external_dns_irsa.iam_role_arn
    ebs_csi_driver               = module.ebs_csi_irsa.iam_role_arn
    vpc_cni                      = module.vpc_cni_irsa.iam_role_arn
  }
}

output "service_environment" {
  description = "Non-secret connection settings per service, under the environment variable names the services read."
  value = {
    product-service = {
      DB_HOST                 = aws_db_instance.postgres.address
      DB_PORT                 = tostring(aws_db_instance.postgres.port)
      DB_NAME                 = aws_db_instance.postgres.db_name
      DB_USER                 = aws_db_instance.postgres.username
      KAFKA_BOOTSTRAP_SERVERS = aws_msk_cluster.this.bootstrap_brokers_tls
    }
    basket-service = {
      REDIS_HOST              = aws_elasticache_replication_group.redis.primary_endpoint_address
      REDIS_PORT              = tostring(aws_elasticache_replication_group.redis.port)
      KAFKA_BOOTSTRAP_SERVERS = aws_msk_cluster.this.bootstrap_brokers_tls
    }
    payment-service = {
      DB_HOST                 = aws_db_instance.mariadb.address
      DB_PORT                 = tostring(aws_db_instance.mariadb.port)
      DB_NAME                 = aws_db_instance.mariadb.db_name
      DB_USER                 = aws_db_instance.mariadb.username
      KAFKA_BOOTSTRAP_SERVERS = aws_msk_cluster.this.bootstrap_brokers_tls
    }
    notification-service = {
      DB_HOST                 = aws_db_instance.postgres.address
      DB_PORT                 = tostring(aws_db_instance.postgres.port)
      DB_NAME                 = local.notification_database.name
      DB_USER                 = local.notification_database.username
      KAFKA_BOOTSTRAP_SERVERS = aws_msk_cluster.this.bootstrap_brokers_tls
    }
    gateway = {
      REDIS_HOST = aws_elasticache_replication_group.redis.primary_endpoint_address
      REDIS_PORT = tostring(aws_elasticache_replication_group.redis.port)
    }
  }
}

output "notification_db_secret_arn" {
  description = "Secrets Manager secret holding the notification service's own PostgreSQL user and password (notification-service DB_PASSWORD)."
  value       = aws_secretsmanager_secret.notification_db.arn
}
