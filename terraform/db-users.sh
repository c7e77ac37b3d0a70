#!/usr/bin/env bash
# Creates (or updates) the apps' own database users, product_service, notification_service and
# payment_service, whose passwords Terraform generated into Secrets Manager (output
# app_db_user_secret_arns), and notification-service's own database. Each user owns
# its database's schema (Flyway migrates it) and nothing else: no superuser, no role or database
# creation, TLS required. The RDS instances are private, so the SQL runs in a short-lived pod in
# the cluster; passwords reach it on stdin, never on a command line or in the pod spec.
#   ./db-users.sh [namespace]     (after terraform apply, with kubectl pointed at the cluster)
# Then put the same passwords in the chart's Secret (postgresql-password, notification-db-password,
# mariadb-password).
set -euo pipefail

NS="${1:-default}"
secret() { aws secretsmanager get-secret-value --secret-id "$1" --query SecretString --output text; }
field() { jq -r ".$2" <<<"$1"; }

pg_master=$(secret "$(terraform output -raw postgres_master_secret_arn)")
pg_app=$(secret "$(terraform output -json app_db_user_secret_arns | jq -r .product_service)")
notification_app=$(secret "$(terraform output -json app_db_user_secret_arns | jq -r .notification_service)")
maria_master=$(secret "$(terraform output -raw mariadb_master_secret_arn)")
maria_app=$(secret "$(terraform output -json app_db_user_secret_arns | jq -r .payment_service)")

{
  field "$pg_master" password
  cat <<SQL
\set ON_ERROR_STOP on
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'product_service') THEN CREATE ROLE product_service; END IF;
END \$\$;
ALTER ROLE product_service WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD '$(field "$pg_app" password)';
GRANT product_service TO CURRENT_USER;
GRANT CONNECT, TEMPORARY ON DATABASE product_service TO product_service;
ALTER SCHEMA public OWNER TO product_service;
DO \$\$ DECLARE r record; BEGIN
  FOR r IN SELECT tablename FROM pg_tables WHERE schemaname = 'public' LOOP
    EXECUTE format('ALTER TABLE public.%I OWNER TO product_service', r.tablename);
  END LOOP;
  FOR r IN SELECT sequencename FROM pg_sequences WHERE schemaname = 'public' LOOP
    EXECUTE format('ALTER SEQUENCE public.%I OWNER TO product_service', r.sequencename);
  END LOOP;
END \$\$;
-- notification-service: its own user and its own database on the same instance (RDS creates only
-- the first one), owner of that database and so of its public schema, nothing else.
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'notification_service') THEN CREATE ROLE notification_service; END IF;
END \$\$;
ALTER ROLE notification_service WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD '$(field "$notification_app" password)';
GRANT notification_service TO CURRENT_USER;
SELECT 'CREATE DATABASE notification_service OWNER notification_service'
  WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'notification_service')\gexec
REVOKE ALL ON DATABASE notification_service FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE notification_service TO notification_service;
SQL
} | kubectl -n "$NS" run shopfront-db-users-postgres --rm -i --restart=Never --image=postgres:17-alpine -- \
  sh -c "read -r PGPASSWORD; export PGPASSWORD PGSSLMODE=require; psql -h '$(terraform output -raw postgres_endpoint)' -U '$(field "$pg_master" username)' -d product_service"

{
  field "$maria_master" password
  cat <<SQL
CREATE USER IF NOT EXISTS 'payment_service'@'%' IDENTIFIED BY '$(field "$maria_app" password)' REQUIRE SSL;
ALTER USER 'payment_service'@'%' IDENTIFIED BY '$(field "$maria_app" password)' REQUIRE SSL;
GRANT SELECT, INSERT, UPDATE, DELETE, CREATE, ALTER, INDEX, DROP, REFERENCES, CREATE TEMPORARY TABLES, LOCK TABLES ON payment_service.* TO 'payment_service'@'%';
SQL
} | kubectl -n "$NS" run shopfront-db-users-mariadb --rm -i --restart=Never --image=mariadb:11.4 -- \
  sh -c "read -r MYSQL_PWD; export MYSQL_PWD; mariadb --ssl -h '$(terraform output -raw mariadb_endpoint)' -u '$(field "$maria_master" username)' payment_service"
