# Production: large instance types, Multi-AZ, high availability (NAT gateway per zone, Multi-AZ RDS,
# Redis primary with two replicas, nodes in all three zones), long retention.
environment = "prod"
aws_region  = "eu-west-1"
multi_az    = true

log_retention_days       = 90
kms_deletion_window_days = 30

on_demand_node_group = {
  instance_types = ["m6i.xlarge"]
  min_size       = 3
  desired_size   = 3
  max_size       = 6
}

spot_node_group = {
  instance_types = ["m6i.xlarge", "m6a.xlarge", "m5.xlarge"]
  min_size       = 2
  desired_size   = 3
  max_size       = 12
}

node_disk_size_gib = 100

postgres_instance_class        = "db.r6g.large"
mariadb_instance_class         = "db.r6g.large"
db_allocated_storage_gib       = 100
db_max_allocated_storage_gib   = 500
db_backup_retention_days       = 30
db_deletion_protection         = true
db_monitoring_interval_seconds = 15

redis_node_type          = "cache.r6g.large"
redis_num_cache_clusters = 3

msk_broker_count         = 3
msk_broker_instance_type = "kafka.m5.large"
msk_volume_size_gib      = 500

# The public hosted zone of the shop (replace with yours): external-dns changes no other.
route53_zone_name = "example.com"
