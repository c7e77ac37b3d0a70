# What the Ansible deployment (ansible/roles/kubernetes) needs besides outputs.tf: the region, for
# `aws eks update-kubeconfig --region <aws_region> --name <cluster_name>`.
output "aws_region" {
  description = "AWS region of the cluster and the data stores."
  value       = var.aws_region
}
