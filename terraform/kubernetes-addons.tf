# Controllers that turn Kubernetes Ingress/Service objects into AWS load balancers and DNS records.
# Each runs under the service account its IRSA role trusts (see eks.tf).

resource "helm_release" "aws_load_balancer_controller" {
  name       = "aws-load-balancer-controller"
  namespace  = "kube-system"
  repository = "https://aws.github.io/eks-charts"
  chart      = "aws-load-balancer-controller"
  version    = "1.8.4"

  values = [yamlencode({
    clusterName = module.eks.cluster_name
    region      = var.aws_region
    vpcId       = module.vpc.vpc_id
    serviceAccount = {
      name = "aws-load-balancer-controller"
      annotations = {
        "eks.amazonaws.com/role-arn" = module.aws_load_balancer_controller_irsa.iam_role_arn
      }
    }
  })]

  depends_on = [module.eks]
}

# The shop's hosted zone: the only one external-dns may change (its IAM role names this zone
# alone, and the controller filters on its domain and id).
data "aws_route53_zone" "shop" {
  name         = var.route53_zone_name
  private_zone = false
}

resource "helm_release" "external_dns" {
  name       = "external-dns"
  namespace  = "kube-system"
  repository = "https://kubernetes-sigs.github.io/external-dns/"
  chart      = "external-dns"
  version    = "1.15.0"

  values = [yamlencode({
    provider = {
      name = "aws"
    }
    # Never deletes records it did not create; the TXT owner id ties records to this cluster.
    policy        = "upsert-only"
    txtOwnerId    = module.eks.cluster_name
    domainFilters = [var.route53_zone_name]
    extraArgs     = ["--zone-id-filter=${data.aws_route53_zone.shop.zone_id}"]
    env = [
      {
        name  = "AWS_DEFAULT_REGION"
        value = var.aws_region
      },
    ]
    serviceAccount = {
      name = "external-dns"
      annotations = {
        "eks.amazonaws.com/role-arn" = module.external_dns_irsa.iam_role_arn
      }
    }
  })]

  depends_on = [module.eks]
}
