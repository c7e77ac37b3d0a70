#!/usr/bin/env bash
# Topics and ACLs of the MSK cluster: what each app's SCRAM user may do, and nothing more. The
# grants are the same as the Helm chart's bundled Kafka applies (helm/shopfront/values.yaml,
# kafka.provisioning; deployment-tests compares the two).
#
# MSK has no super.users, and with allow.everyone.if.no.acl.found=false nobody may create ACLs
# until some exist. So the first time (see README.md, "Kafka: SCRAM users and ACLs"):
#   1. terraform apply -var msk_acl_bootstrap=true   (allow.everyone.if.no.acl.found=true)
#   2. ./kafka-acls.sh <bootstrap_brokers_sasl_scram> <client.properties of shopfront-admin>
#   3. terraform apply                                (back to false: only these grants count)
# Run it from inside the VPC (the brokers are in the intra subnets), e.g. from a pod.
set -euo pipefail

BOOTSTRAP="${1:?usage: kafka-acls.sh <bootstrap servers> <client.properties>}"
CONFIG="${2:?usage: kafka-acls.sh <bootstrap servers> <client.properties>}"
BIN="${KAFKA_BIN:-/opt/kafka/bin}"

for topic in payment-events stock-events basket-events stock-events-dlt basket-events-dlt payment-events-dlt; do
  "$BIN/kafka-topics.sh" --bootstrap-server "$BOOTSTRAP" --command-config "$CONFIG" --create --if-not-exists --topic "$topic" --partitions 3 --replication-factor 3
done

# The administrator may do everything but CLUSTER_ACTION (MSK's brokers need that one themselves).
"$BIN/kafka-acls.sh" --bootstrap-server "$BOOTSTRAP" --command-config "$CONFIG" --add --allow-principal User:shopfront-admin --operation Alter --operation AlterConfigs --operation Create --operation Describe --operation DescribeConfigs --operation IdempotentWrite --cluster

"$BIN/kafka-acls.sh" --bootstrap-server "$BOOTSTRAP" --command-config "$CONFIG" --add --allow-principal User:product-service --operation Read --operation Describe --topic stock-events --group product-service
"$BIN/kafka-acls.sh" --bootstrap-server "$BOOTSTRAP" --command-config "$CONFIG" --add --allow-principal User:product-service --operation Write --operation Describe --topic stock-events-dlt
"$BIN/kafka-acls.sh" --bootstrap-server "$BOOTSTRAP" --command-config "$CONFIG" --add --allow-principal User:basket-service --operation Read --operation Describe --topic basket-events --group basket-service
"$BIN/kafka-acls.sh" --bootstrap-server "$BOOTSTRAP" --command-config "$CONFIG" --add --allow-principal User:basket-service --operation Write --operation Describe --topic basket-events-dlt
"$BIN/kafka-acls.sh" --bootstrap-server "$BOOTSTRAP" --command-config "$CONFIG" --add --allow-principal User:payment-service --operation Write --operation Describe --topic payment-events --topic stock-events --topic basket-events
"$BIN/kafka-acls.sh" --bootstrap-server "$BOOTSTRAP" --command-config "$CONFIG" --add --allow-principal User:notification-service --operation Read --operation Describe --topic payment-events --group notification-service
"$BIN/kafka-acls.sh" --bootstrap-server "$BOOTSTRAP" --command-config "$CONFIG" --add --allow-principal User:notification-service --operation Write --operation Describe --topic payment-events-dlt
