# One customer-managed key per concern, each with yearly automatic rotation.
locals {
  kms_keys = {
    eks         = "EKS Kubernetes secrets envelope encryption"
    ebs         = "EBS volumes of the EKS nodes and of the persistent volumes"
    rds         = "RDS PostgreSQL and MariaDB storage and master-user secrets"
    elasticache = "ElastiCache Redis storage and its auth token secret"
    msk         = "MSK broker storage and the Kafka users' SCRAM secrets"
    logs        = "CloudWatch log groups"
  }
}

resource "aws_kms_key" "this" {
  for_each = local.kms_keys

  description             = "${local.name}: ${each.value}"
  enable_key_rotation     = true
  deletion_window_in_days = var.kms_deletion_window_days
  policy                  = data.aws_iam_policy_document.kms[each.key].json
}

resource "aws_kms_alias" "this" {
  for_each = local.kms_keys

  name          = "alias/${local.name}-${each.key}"
  target_key_id = aws_kms_key.this[each.key].key_id
}

data "aws_iam_policy_document" "kms" {
  for_each = local.kms_keys

  # The account administers the key; services are granted use through IAM policies.
  statement {
    sid       = "AccountAdministration"
    actions   = ["kms:*"]
    resources = ["*"]

    principals {
      type        = "AWS"
      identifiers = ["arn:${local.partition}:iam::${local.account_id}:root"]
    }
  }

  # CloudWatch Logs encrypts log groups only with keys whose policy names the service.
  dynamic "statement" {
    for_each = each.key == "logs" ? [1] : []

    content {
      sid       = "CloudWatchLogsUse"
      actions   = ["kms:Encrypt*", "kms:Decrypt*", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:Describe*"]
      resources = ["*"]

      principals {
        type        = "Service"
        identifiers = ["logs.${local.region}.amazonaws.com"]
      }

      condition {
        test     = "ArnLike"
        variable = "kms:EncryptionContext:aws:logs:arn"
        values   = ["arn:${local.partition}:logs:${local.region}:${local.account_id}:log-group:*"]
      }
    }
  }

  # Node groups launch encrypted root volumes through the Auto Scaling service-linked role.
  dynamic "statement" {
    for_each = each.key == "ebs" ? [1] : []

    content {
      sid       = "AutoScalingVolumeUse"
      actions   = ["kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:DescribeKey"]
      resources = ["*"]

      principals {
        type        = "AWS"
        identifiers = ["arn:${local.partition}:iam::${local.account_id}:role/aws-service-role/autoscaling.amazonaws.com/AWSServiceRoleForAutoScaling"]
      }
    }
  }

  dynamic "statement" {
    for_each = each.key == "ebs" ? [1] : []

    content {
      sid       = "AutoScalingVolumeGrants"
      actions   = ["kms:CreateGrant"]
      resources = ["*"]

      principals {
        type        = "AWS"
        identifiers = ["arn:${local.partition}:iam::${local.account_id}:role/aws-service-role/autoscaling.amazonaws.com/AWSServiceRoleForAutoScaling"]
      }

      condition {
        test     = "Bool"
        variable = "kms:GrantIsForAWSResource"
        values   = ["true"]
      }
    }
  }
}

# Every new EBS volume in the account and region is encrypted, whatever creates it.
resource "aws_ebs_encryption_by_default" "this" {
  enabled = true
}
