# The data stores accept connections only from the EKS nodes' security group, on their own ports.
# No rule names an address range; none has an egress rule (the stores never initiate connections).
locals {
  data_store_ports = {
    postgres = { from = 5432, to = 5432, description = "PostgreSQL from the EKS nodes (product-service, notification-service)" }
    mariadb  = { from = 3306, to = 3306, description = "MariaDB from the EKS nodes (payment-service)" }
    redis    = { from = 6379, to = 6379, description = "Redis over TLS from the EKS nodes (basket-service, gateway)" }
    msk      = { from = 9096, to = 9096, description = "Kafka SASL/SCRAM over TLS from the EKS nodes" }
    msk_jmx  = { from = 11001, to = 11002, description = "MSK JMX and node exporters, scraped by Prometheus on the EKS nodes" }
  }
}

resource "aws_security_group" "postgres" {
  name_prefix = "${local.name}-postgres-"
  description = "RDS PostgreSQL: reachable from the EKS nodes only"
  vpc_id      = module.vpc.vpc_id

  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_security_group" "mariadb" {
  name_prefix = "${local.name}-mariadb-"
  description = "RDS MariaDB: reachable from the EKS nodes only"
  vpc_id      = module.vpc.vpc_id

  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_security_group" "redis" {
  name_prefix = "${local.name}-redis-"
  description = "ElastiCache Redis: reachable from the EKS nodes only"
  vpc_id      = module.vpc.vpc_id

  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_security_group" "msk" {
  name_prefix = "${local.name}-msk-"
  description = "MSK brokers: reachable from the EKS nodes only"
  vpc_id      = module.vpc.vpc_id

  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_vpc_security_group_ingress_rule" "postgres_from_nodes" {
  security_group_id            = aws_security_group.postgres.id
  referenced_security_group_id = module.eks.node_security_group_id
  ip_protocol                  = "tcp"
  from_port                    = local.data_store_ports.postgres.from
  to_port                      = local.data_store_ports.postgres.to
  description                  = local.data_store_ports.postgres.description
}

resource "aws_vpc_security_group_ingress_rule" "mariadb_from_nodes" {
  security_group_id            = aws_security_group.mariadb.id
  referenced_security_group_id = module.eks.node_security_group_id
  ip_protocol                  = "tcp"
  from_port                    = local.data_store_ports.mariadb.from
  to_port                      = local.data_store_ports.mariadb.to
  description                  = local.data_store_ports.mariadb.description
}

resource "aws_vpc_security_group_ingress_rule" "redis_from_nodes" {
  security_group_id            = aws_security_group.redis.id
  referenced_security_group_id = module.eks.node_security_group_id
  ip_protocol                  = "tcp"
  from_port                    = local.data_store_ports.redis.from
  to_port                      = local.data_store_ports.redis.to
  description                  = local.data_store_ports.redis.description
}

resource "aws_vpc_security_group_ingress_rule" "msk_from_nodes" {
  security_group_id            = aws_security_group.msk.id
  referenced_security_group_id = module.eks.node_security_group_id
  ip_protocol                  = "tcp"
  from_port                    = local.data_store_ports.msk.from
  to_port                      = local.data_store_ports.msk.to
  description                  = local.data_store_ports.msk.description
}

resource "aws_vpc_security_group_ingress_rule" "msk_monitoring_from_nodes" {
  security_group_id            = aws_security_group.msk.id
  referenced_security_group_id = module.eks.node_security_group_id
  ip_protocol                  = "tcp"
  from_port                    = local.data_store_ports.msk_jmx.from
  to_port                      = local.data_store_ports.msk_jmx.to
  description                  = local.data_store_ports.msk_jmx.description
}
