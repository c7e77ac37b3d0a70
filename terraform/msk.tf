# Kafka for the domain events (payment-events, stock-events, basket-events): brokers spread over the
# three intra subnets, TLS between clients and brokers and between brokers, storage encrypted with
# the MSK key. Every client logs in with SASL/SCRAM as its own user (one per app, passwords in
# Secrets Manager) and may use only what the ACLs of kafka-acls.sh grant it: no anonymous access,
# no topic created by a client, nothing allowed where no ACL is found.

locals {
  # SCRAM users: the administrator that creates topics and ACLs, and one per app (its name is its
  # KAFKA_SASL_USERNAME).
  kafka_users = toset(["shopfront-admin", "product-service", "basket-service", "payment-service", "notification-service"])
}

resource "aws_msk_configuration" "this" {
  name           = "${local.name}-kafka"
  kafka_versions = [var.kafka_version]
  description    = "Broker defaults for ${local.name}"

  server_properties = <<-PROPERTIES
    allow.everyone.if.no.acl.found=${var.msk_acl_bootstrap}
    auto.create.topics.enable=false
    default.replication.factor=3
    min.insync.replicas=2
    num.partitions=3
    unclean.leader.election.enable=false
  PROPERTIES
}

resource "random_password" "kafka" {
  for_each = local.kafka_users

  length  = 40
  special = false
}

# MSK reads SCRAM credentials only from secrets named AmazonMSK_* and encrypted with a customer key.
resource "aws_secretsmanager_secret" "kafka" {
  for_each = local.kafka_users

  name_prefix = "AmazonMSK_${local.name}-${each.key}-"
  description = "SCRAM credentials of Kafka user ${each.key} (KAFKA_SASL_USERNAME, KAFKA_SASL_PASSWORD)"
  kms_key_id  = aws_kms_key.this["msk"].arn
}

resource "aws_secretsmanager_secret_version" "kafka" {
  for_each = local.kafka_users

  secret_id = aws_secretsmanager_secret.kafka[each.key].id
  secret_string = jsonencode({
    username = each.key
    password = random_password.kafka[each.key].result
  })
}

resource "aws_msk_scram_secret_association" "this" {
  cluster_arn     = aws_msk_cluster.this.arn
  secret_arn_list = [for user in local.kafka_users : aws_secretsmanager_secret.kafka[user].arn]

  depends_on = [aws_secretsmanager_secret_version.kafka]
}

resource "aws_msk_cluster" "this" {
  cluster_name           = "${local.name}-kafka"
  kafka_version          = var.kafka_version
  number_of_broker_nodes = var.msk_broker_count

  broker_node_group_info {
    instance_type   = var.msk_broker_instance_type
    client_subnets  = module.vpc.intra_subnets
    security_groups = [aws_security_group.msk.id]

    storage_info {
      ebs_storage_info {
        volume_size = var.msk_volume_size_gib
      }
    }
  }

  configuration_info {
    arn      = aws_msk_configuration.this.arn
    revision = aws_msk_configuration.this.latest_revision
  }

  encryption_info {
    encryption_at_rest_kms_key_arn = aws_kms_key.this["msk"].arn

    encryption_in_transit {
      client_broker = "TLS"
      in_cluster    = true
    }
  }

  client_authentication {
    unauthenticated = false

    sasl {
      scram = true
    }
  }

  open_monitoring {
    prometheus {
      jmx_exporter {
        enabled_in_broker = true
      }

      node_exporter {
        enabled_in_broker = true
      }
    }
  }

  logging_info {
    broker_logs {
      cloudwatch_logs {
        enabled   = true
        log_group = aws_cloudwatch_log_group.msk.name
      }
    }
  }
}
