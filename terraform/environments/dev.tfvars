# Development: small instance types, single AZ (one NAT gateway, single-instance stores and nodes
# in the first zone), minimal resources, no deletion protection.
environment = "dev"
aws_region  = "eu-west-1"
multi_az    = false

log_retention_days       = 7
kms_deletion_window_days = 7

on_demand_node_group = {
  instance_types = ["t3.medium"]
  min_size       = 1
  desired_size   = 2
  max_size       = 3
}

spot_node_group = {
  instance_types = ["t3.medium", "t3a.medium"]
  min_size       = 0
  desired_size   = 1
  max_size       = 3
}

node_disk_size_gib = 30

postgres_instance_class        = "db.t4g.micro"
mariadb_instance_class         = "db.t4g.micro"
db_allocated_storage_gib       = 20
db_max_allocated_storage_gib   = 50
db_backup_retention_days       = 1
db_deletion_protection         = false
db_monitoring_interval_seconds = 60

redis_node_type          = "cache.t4g.micro"
redis_num_cache_clusters = 1

msk_broker_count         = 3
msk_broker_instance_type = "kafka.t3.small"
msk_volume_size_gib      = 20

# The public hosted zone of the shop (replace with yours): external-dns changes no other.
route53_zone_name = "example.com"
