# Redis for basket-service (baskets) and the gateway (rate-limit token buckets): a replication
# group in the intra subnets, encrypted at rest with the ElastiCache key and in transit with TLS,
# protected by an auth token kept in Secrets Manager. Cluster mode is off: the applications use
# one primary endpoint; replicas give automatic failover where the environment is multi-AZ.

resource "aws_elasticache_subnet_group" "redis" {
  name        = "${local.name}-redis"
  description = "Intra subnets for the ${local.name} Redis replication group"
  subnet_ids  = module.vpc.intra_subnets
}

resource "aws_elasticache_parameter_group" "redis" {
  name        = "${local.name}-redis7"
  family      = "redis7"
  description = "Redis 7 for ${local.name}"

  # Baskets and token buckets carry TTLs: evict among keys with a TTL first.
  parameter {
    name  = "maxmemory-policy"
    value = "volatile-lru"
  }
}

resource "random_password" "redis_auth_token" {
  length  = 48
  special = false
}

resource "aws_secretsmanager_secret" "redis_auth_token" {
  name_prefix = "${local.name}/redis-auth-token-"
  description = "Auth token of the ${local.name} Redis replication group (REDIS_PASSWORD)"
  kms_key_id  = aws_kms_key.this["elasticache"].arn
}

resource "aws_secretsmanager_secret_version" "redis_auth_token" {
  secret_id     = aws_secretsmanager_secret.redis_auth_token.id
  secret_string = random_password.redis_auth_token.result
}

resource "aws_elasticache_replication_group" "redis" {
  replication_group_id = "${local.name}-redis"
  description          = "Redis for basket-service and the gateway rate limiter"

  engine               = "redis"
  engine_version       = "7.1"
  node_type            = var.redis_node_type
  port                 = 6379
  parameter_group_name = aws_elasticache_parameter_group.redis.name

  num_cache_clusters         = var.redis_num_cache_clusters
  automatic_failover_enabled = var.redis_num_cache_clusters > 1
  multi_az_enabled           = var.multi_az
  preferred_cache_cluster_azs = var.multi_az ? [
    for index in range(var.redis_num_cache_clusters) : local.azs[index % length(local.azs)]
  ] : [for index in range(var.redis_num_cache_clusters) : local.azs[0]]

  subnet_group_name  = aws_elasticache_subnet_group.redis.name
  security_group_ids = [aws_security_group.redis.id]

  at_rest_encryption_enabled = true
  kms_key_id                 = aws_kms_key.this["elasticache"].arn
  transit_encryption_enabled = true
  auth_token                 = random_password.redis_auth_token.result

  snapshot_retention_limit   = var.db_backup_retention_days
  auto_minor_version_upgrade = true

  log_delivery_configuration {
    destination      = aws_cloudwatch_log_group.redis["slow-log"].name
    destination_type = "cloudwatch-logs"
    log_format       = "json"
    log_type         = "slow-log"
  }

  log_delivery_configuration {
    destination      = aws_cloudwatch_log_group.redis["engine-log"].name
    destination_type = "cloudwatch-logs"
    log_format       = "json"
    log_type         = "engine-log"
  }
}
