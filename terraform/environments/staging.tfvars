# Staging: medium instance types, Multi-AZ, production-like (same topology as prod, smaller sizes).
environment = "staging"
aws_region  = "eu-west-1"
multi_az    = true

log_retention_days       = 30
kms_deletion_window_days = 30

on_demand_node_group = {
  instance_types = ["m6i.large"]
  min_size       = 2
  desired_size   = 2
  max_size       = 4
}

spot_node_group = {
  instance_types = ["m6i.large", "m6a.large", "m5.large"]
  min_size       = 1
  desired_size   = 2
  max_size       = 6
}

node_disk_size_gib = 50

postgres_instance_class        = "db.t4g.medium"
mariadb_instance_class         = "db.t4g.medium"
db_allocated_storage_gib       = 50
db_max_allocated_storage_gib   = 200
db_backup_retention_days       = 7
db_deletion_protection         = true
db_monitoring_interval_seconds = 30

redis_node_type          = "cache.t4g.medium"
redis_num_cache_clusters = 2

msk_broker_count         = 3
msk_broker_instance_type = "kafka.m5.large"
msk_volume_size_gib      = 100

# The public hosted zone of the shop (replace with yours): external-dns changes no other.
route53_zone_name = "example.com"
