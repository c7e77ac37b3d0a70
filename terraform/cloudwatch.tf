# Log groups created here rather than by the services, so that each has a retention and is
# encrypted with the logs key. The EKS control plane and VPC flow log groups are created by their
# modules with the same retention and key (eks.tf, vpc.tf).

locals {
  rds_log_exports = {
    "postgres-postgresql" = "/aws/rds/instance/${local.name}-postgres/postgresql"
    "postgres-upgrade"    = "/aws/rds/instance/${local.name}-postgres/upgrade"
    "mariadb-error"       = "/aws/rds/instance/${local.name}-mariadb/error"
    "mariadb-slowquery"   = "/aws/rds/instance/${local.name}-mariadb/slowquery"
  }
}

resource "aws_cloudwatch_log_group" "rds" {
  for_each = local.rds_log_exports

  name              = each.value
  retention_in_days = var.log_retention_days
  kms_key_id        = aws_kms_key.this["logs"].arn
}

resource "aws_cloudwatch_log_group" "redis" {
  for_each = toset(["slow-log", "engine-log"])

  name              = "/aws/elasticache/${local.name}-redis/${each.key}"
  retention_in_days = var.log_retention_days
  kms_key_id        = aws_kms_key.this["logs"].arn
}

resource "aws_cloudwatch_log_group" "msk" {
  name              = "/aws/msk/${local.name}-kafka/broker"
  retention_in_days = var.log_retention_days
  kms_key_id        = aws_kms_key.this["logs"].arn
}
