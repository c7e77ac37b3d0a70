# notification-service keeps its notifications in its own database, notification_service, with its
# own login role on the PostgreSQL instance of rds.tf (the same engine as product-service). RDS
# creates only the instance's first database, and the instance sits in private subnets, so the
# role and database are created once from inside the VPC with the master credentials
# (postgres_master_secret_arn), with the password kept here:
#   CREATE ROLE notification LOGIN PASSWORD '<notification_db_secret_arn: password>';
#   CREATE DATABASE notification_service OWNER notification;

locals {
  notification_database = {
    name     = "notification_service"
    username = "notification"
  }
}

resource "random_password" "notification_db" {
  length  = 40
  special = false
}

resource "aws_secretsmanager_secret" "notification_db" {
  name_prefix = "${local.name}/notification-db-"
  description = "Login of notification-service on the ${local.name} PostgreSQL instance (DB_USER, DB_PASSWORD)"
  kms_key_id  = aws_kms_key.this["rds"].arn
}

resource "aws_secretsmanager_secret_version" "notification_db" {
  secret_id = aws_secretsmanager_secret.notification_db.id
  secret_string = jsonencode({
    username = local.notification_database.username
    password = random_password.notification_db.result
    dbname   = local.notification_database.name
  })
}
