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
  description = "Secrets Manager secret of the PostgreSQL master user: for operators and db-users.sh, never for an app."
  value       = aws_db_instance.postgres.master_user_secret[0].secret_arn
}

output "mariadb_endpoint" {
  description = "Address of the MariaDB instance (payment-service DB_HOST)."
  value       = aws_db_instance.mariadb.address
}

output "mariadb_master_secret_arn" {
  description = "Secrets Manager secret of the MariaDB master user: for operators and db-users.sh, never for an app."
  value       = aws_db_instance.mariadb.master_user_secret[0].secret_arn
}

output "app_db_user_secret_arns" {
  description = "Secrets Manager secrets of the apps' own database users (DB_USER, DB_PASSWORD), by user."
  value       = { for user, secret in aws_secretsmanager_secret.app_db : user => secret.arn }
}

output "kafka_user_secret_arns" {
  description = "Secrets Manager secrets of the Kafka SCRAM users (KAFKA_SASL_USERNAME, KAFKA_SASL_PASSWORD), by user."
  value       = { for user, secret in aws_secretsmanager_secret.kafka : user => secret.arn }
}

output "redis_primary_endpoint" {
  description = "Primary endpoint of the Redis replication group (REDIS_HOST; TLS required)."
  value       = aws_elasticache_replication_group.redis.primary_endpoint_address
}

output "redis_auth_token_secret_arn" {
  description = "Secrets Manager secret holding the Redis auth token (REDIS_PASSWORD)."
  value       = aws_secretsmanager_secret.redis_auth_token.arn
}

output "kafka_bootstrap_brokers_sasl_scram" {
  description = "SASL/SCRAM bootstrap brokers of the MSK cluster, port 9096 (KAFKA_BOOTSTRAP_SERVERS; KAFKA_SECURITY_PROTOCOL=SASL_SSL)."
  value       = aws_msk_cluster.this.bootstrap_brokers_sasl_scram
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
      DB_USER                 = "product_service"
      DB_SSL_MODE             = "require"
      KAFKA_BOOTSTRAP_SERVERS = aws_msk_cluster.this.bootstrap_brokers_sasl_scram
      KAFKA_SECURITY_PROTOCOL = "SASL_SSL"
      KAFKA_SASL_MECHANISM    = "SCRAM-SHA-512"
      KAFKA_SASL_USERNAME     = "product-service"
    }
    basket-service = {
      REDIS_HOST              = aws_elasticache_replication_group.redis.primary_endpoint_address
      REDIS_PORT              = tostring(aws_elasticache_replication_group.redis.port)
      REDIS_SSL               = "true"
      KAFKA_BOOTSTRAP_SERVERS = aws_msk_cluster.this.bootstrap_brokers_sasl_scram
      KAFKA_SECURITY_PROTOCOL = "SASL_SSL"
      KAFKA_SASL_MECHANISM    = "SCRAM-SHA-512"
      KAFKA_SASL_USERNAME     = "basket-service"
    }
    payment-service = {
      DB_HOST                 = aws_db_instance.mariadb.address
      DB_PORT                 = tostring(aws_db_instance.mariadb.port)
      DB_NAME                 = aws_db_instance.mariadb.db_name
      DB_USER                 = "payment_service"
      DB_SSL_MODE             = "trust"
      KAFKA_BOOTSTRAP_SERVERS = aws_msk_cluster.this.bootstrap_brokers_sasl_scram
      KAFKA_SECURITY_PROTOCOL = "SASL_SSL"
      KAFKA_SASL_MECHANISM    = "SCRAM-SHA-512"
      KAFKA_SASL_USERNAME     = "payment-service"
    }
    notification-service = {
      DB_HOST                 = aws_db_instance.postgres.address
      DB_PORT                 = tostring(aws_db_instance.postgres.port)
      DB_NAME                 = "notification_service"
      DB_USER                 = "notification_service"
      DB_SSL_MODE             = "require"
      KAFKA_BOOTSTRAP_SERVERS = aws_msk_cluster.this.bootstrap_brokers_sasl_scram
      KAFKA_SECURITY_PROTOCOL = "SASL_SSL"
      KAFKA_SASL_MECHANISM    = "SCRAM-SHA-512"
      KAFKA_SASL_USERNAME     = "notification-service"
    }
    gateway = {
      REDIS_HOST = aws_elasticache_replication_group.redis.primary_endpoint_address
      REDIS_PORT = tostring(aws_elasticache_replication_group.redis.port)
      REDIS_SSL  = "true"
    }
  }
}
