# product-service keeps products and stock in PostgreSQL, payment-service payments and its outbox
# in MariaDB. Both run in the private subnets, encrypted with the RDS key, TLS-only, with the master
# password generated and kept by RDS in Secrets Manager.

resource "aws_db_subnet_group" "this" {
  name        = "${local.name}-rds"
  description = "Private subnets for the ${local.name} RDS instances"
  subnet_ids  = module.vpc.private_subnets
}

resource "aws_db_parameter_group" "postgres" {
  name_prefix = "${local.name}-postgres17-"
  family      = "postgres17"
  description = "PostgreSQL for product-service: TLS only, slow statements logged"

  parameter {
    name  = "rds.force_ssl"
    value = "1"
  }

  parameter {
    name  = "log_min_duration_statement"
    value = "500"
  }

  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_db_parameter_group" "mariadb" {
  name_prefix = "${local.name}-mariadb114-"
  family      = "mariadb11.4"
  description = "MariaDB for payment-service: TLS only, slow queries logged"

  parameter {
    name  = "require_secure_transport"
    value = "ON"
  }

  parameter {
    name  = "slow_query_log"
    value = "1"
  }

  parameter {
    name  = "long_query_time"
    value = "0.5"
  }

  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_db_instance" "postgres" {
  identifier     = "${local.name}-postgres"
  engine         = "postgres"
  engine_version = "17"
  instance_class = var.postgres_instance_class

  db_name                       = "product_service"
  username                      = "product"
  manage_master_user_password   = true
  master_user_secret_kms_key_id = aws_kms_key.this["rds"].arn
  port                          = 5432

  allocated_storage     = var.db_allocated_storage_gib
  max_allocated_storage = var.db_max_allocated_storage_gib
  storage_type          = "gp3"
  storage_encrypted     = true
  kms_key_id            = aws_kms_key.this["rds"].arn

  multi_az               = var.multi_az
  availability_zone      = var.multi_az ? null : local.azs[0]
  db_subnet_group_name   = aws_db_subnet_group.this.name
  vpc_security_group_ids = [aws_security_group.postgres.id]
  publicly_accessible    = false
  parameter_group_name   = aws_db_parameter_group.postgres.name

  monitoring_interval             = var.db_monitoring_interval_seconds
  monitoring_role_arn             = aws_iam_role.rds_enhanced_monitoring.arn
  enabled_cloudwatch_logs_exports = ["postgresql", "upgrade"]

  backup_retention_period    = var.db_backup_retention_days
  copy_tags_to_snapshot      = true
  auto_minor_version_upgrade = true
  deletion_protection        = var.db_deletion_protection
  skip_final_snapshot        = !var.db_deletion_protection
  final_snapshot_identifier  = "${local.name}-postgres-final"

  depends_on = [aws_cloudwatch_log_group.rds]
}

resource "aws_db_instance" "mariadb" {
  identifier     = "${local.name}-mariadb"
  engine         = "mariadb"
  engine_version = "11.4"
  instance_class = var.mariadb_instance_class

  db_name                       = "payment_service"
  username                      = "payment"
  manage_master_user_password   = true
  master_user_secret_kms_key_id = aws_kms_key.this["rds"].arn
  port                          = 3306

  allocated_storage     = var.db_allocated_storage_gib
  max_allocated_storage = var.db_max_allocated_storage_gib
  storage_type          = "gp3"
  storage_encrypted     = true
  kms_key_id            = aws_kms_key.this["rds"].arn

  multi_az               = var.multi_az
  availability_zone      = var.multi_az ? null : local.azs[0]
  db_subnet_group_name   = aws_db_subnet_group.this.name
  vpc_security_group_ids = [aws_security_group.mariadb.id]
  publicly_accessible    = false
  parameter_group_name   = aws_db_parameter_group.mariadb.name

  monitoring_interval             = var.db_monitoring_interval_seconds
  monitoring_role_arn             = aws_iam_role.rds_enhanced_monitoring.arn
  enabled_cloudwatch_logs_exports = ["error", "slowquery"]

  backup_retention_period    = var.db_backup_retention_days
  copy_tags_to_snapshot      = true
  auto_minor_version_upgrade = true
  deletion_protection        = var.db_deletion_protection
  skip_final_snapshot        = !var.db_deletion_protection
  final_snapshot_identifier  = "${local.name}-mariadb-final"

  depends_on = [aws_cloudwatch_log_group.rds]
}

# The apps' own database users. The master users (product, payment) stay with the operators: an
# app logging in as one could drop roles, read other databases and change server settings.
# Terraform generates the apps' passwords into Secrets Manager; db-users.sh creates the users in
# the databases, owners of their schema only (Flyway migrates it), from inside the VPC, where the
# private instances can be reached (README.md, "Database users").
locals {
  app_db_users = {
    product_service = { instance = "postgres", database = "product_service" }
    payment_service = { instance = "mariadb", database = "payment_service" }
    # notification-service: its own database on the PostgreSQL instance, which db-users.sh creates
    # (RDS creates only the instance's first database).
    notification_service = { instance = "postgres", database = "notification_service" }
  }
}

resource "random_password" "app_db" {
  for_each = local.app_db_users

  length  = 40
  special = false
}

resource "aws_secretsmanager_secret" "app_db" {
  for_each = local.app_db_users

  name_prefix = "${local.name}/db-${each.key}-"
  description = "Database user ${each.key} of ${each.value.database} (DB_USER, DB_PASSWORD)"
  kms_key_id  = aws_kms_key.this["rds"].arn
}

resource "aws_secretsmanager_secret_version" "app_db" {
  for_each = local.app_db_users

  secret_id = aws_secretsmanager_secret.app_db[each.key].id
  secret_string = jsonencode({
    username = each.key
    password = random_password.app_db[each.key].result
    dbname   = each.value.database
  })
}

# Enhanced monitoring: RDS publishes OS metrics to CloudWatch under this role.
resource "aws_iam_role" "rds_enhanced_monitoring" {
  name_prefix        = "${local.name}-rds-monitoring-"
  assume_role_policy = data.aws_iam_policy_document.rds_enhanced_monitoring_assume.json
}

data "aws_iam_policy_document" "rds_enhanced_monitoring_assume" {
  statement {
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["monitoring.rds.amazonaws.com"]
    }
  }
}

resource "aws_iam_role_policy_attachment" "rds_enhanced_monitoring" {
  role       = aws_iam_role.rds_enhanced_monitoring.name
  policy_arn = "arn:${local.partition}:iam::aws:policy/service-role/AmazonRDSEnhancedMonitoringRole"
}
