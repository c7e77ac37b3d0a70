package dev.shopfront.infra;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.shopfront.infra.hcl.Hcl.Block;
import dev.shopfront.infra.hcl.Hcl.Expression;
import dev.shopfront.infra.hcl.Hcl.ObjectValue;
import dev.shopfront.infra.support.TerraformConfig;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Reads the root module's HCL and checks what `terraform validate` cannot be run for
 * here: pinned sources, the data stores' network exposure, encryption and the shape the
 * architecture asks for.
 */
class TerraformStructureTest {

	private static final Pattern EXACT_VERSION = Pattern.compile("\\d+\\.\\d+\\.\\d+");

	private static final Pattern REGISTRY_SOURCE = Pattern
		.compile("[A-Za-z0-9_-]+/[A-Za-z0-9_-]+/[A-Za-z0-9_-]+(//[A-Za-z0-9_./-]+)?");

	private static final Pattern SECURITY_GROUP_ID = Pattern.compile("aws_security_group\\.([A-Za-z0-9_-]+)\\.id");

	private static final Pattern KMS_KEY_REFERENCE = Pattern.compile("aws_kms_key\\.this\\[\"([a-z0-9_-]+)\"\\]");

	private static final String EKS_NODE_SECURITY_GROUP = "module.eks.node_security_group_id";

	private static final TerraformConfig terraform = TerraformConfig.load();

	@Test
	void rootModuleIsSplitIntoOneFilePerConcern() {
		assertThat(terraform.fileNames()).contains("versions.tf", "main.tf", "variables.tf", "outputs.tf", "vpc.tf",
				"eks.tf", "rds.tf", "elasticache.tf", "msk.tf", "kms.tf", "security-groups.tf", "cloudwatch.tf");
	}

	@Test
	void pinsTheTerraformVersionAndEveryProviderWithAnUpperBound() {
		List<Block> settings = terraform.blocks("terraform");
		assertThat(settings).as("terraform settings blocks").hasSize(1);
		String requiredVersion = literal(settings.get(0), "required_version");
		assertThat(requiredVersion).as("required_version").contains(">=").contains("<");

		List<Block> requiredProviders = settings.get(0).body().blocks("required_providers");
		assertThat(requiredProviders).hasSize(1);
		Set<String> declared = new LinkedHashSet<>();
		requiredProviders.get(0).body().attributes().forEach((provider) -> {
			declared.add(provider.name());
			assertThat(provider.value().member("source").flatMap(Expression::stringLiteral))
				.as("source of provider %s", provider.name())
				.hasValueSatisfying((source) -> assertThat(source).startsWith("hashicorp/"));
			assertThat(provider.value().member("version").flatMap(Expression::stringLiteral))
				.as("version of provider %s", provider.name())
				.hasValueSatisfying((version) -> assertThat(version).matches("~> \\d+\\.\\d+|\\d+\\.\\d+\\.\\d+"));
		});

		Set<String> used = new LinkedHashSet<>();
		terraform.blocks("resource").forEach((block) -> used.add(block.label(0).split("_")[0]));
		terraform.blocks("data").forEach((block) -> used.add(block.label(0).split("_")[0]));
		terraform.blocks("provider").forEach((block) -> used.add(block.label(0)));
		assertThat(declared).as("providers in required_providers").containsAll(used);
	}

	@Test
	void pinsEveryModuleSourceToAnExactVersion() {
		assertThat(terraform.modules()).as("module blocks").isNotEmpty();
		for (Block module : terraform.modules()) {
			String source = literal(module, "source");
			if (source.startsWith("./") || source.startsWith("../")) {
				continue;
			}
			if (REGISTRY_SOURCE.matcher(source).matches()) {
				assertThat(literal(module, "version")).as("version of module %s (%s)", module.label(0), source)
					.matches(EXACT_VERSION);
			}
			else {
				assertThat(source)
					.as("source of module %s: a git or archive source must pin a tag or commit", module.label(0))
					.containsPattern("[?&]ref=(v?\\d+\\.\\d+\\.\\d+|[0-9a-f]{40})$");
			}
		}
	}

	@Test
	void pinsEveryHelmChartToAnExactVersion() {
		for (Block release : terraform.resources("helm_release")) {
			assertThat(literal(release, "version")).as("chart version of %s", release.address()).matches(EXACT_VERSION);
			assertThat(literal(release, "repository")).as("repository of %s", release.address()).startsWith("https://");
		}
	}

	@Test
	void dataStoresAdmitConnectionsOnlyFromTheEksNodes() {
		Map<String, Expression> storeGroups = new LinkedHashMap<>();
		terraform.resources("aws_db_instance")
			.forEach((db) -> storeGroups.put(db.address(), required(db, "vpc_security_group_ids")));
		terraform.resources("aws_elasticache_replication_group")
			.forEach((redis) -> storeGroups.put(redis.address(), required(redis, "security_group_ids")));
		terraform.resources("aws_msk_cluster")
			.forEach((kafka) -> storeGroups.put(kafka.address(),
					required(single(kafka, "broker_node_group_info"), "security_groups")));
		assertThat(storeGroups).as("data stores").hasSize(4);

		for (Map.Entry<String, Expression> store : storeGroups.entrySet()) {
			List<String> groups = matches(SECURITY_GROUP_ID, store.getValue().code());
			assertThat(groups).as("security groups of %s", store.getKey()).isNotEmpty();
			assertThat(
					store.getValue().code().replaceAll(SECURITY_GROUP_ID.pattern(), "").replaceAll("[\\[\\],\\s]", ""))
				.as("%s takes only security groups declared here", store.getKey())
				.isEmpty();
			for (String group : groups) {
				assertAdmitsOnlyEksNodes(store.getKey(), group);
			}
		}
	}

	private void assertAdmitsOnlyEksNodes(String store, String group) {
		Block securityGroup = terraform.resource("aws_security_group", group)
			.orElseThrow(() -> new AssertionError("aws_security_group." + group + " of " + store + " is not declared"));
		assertThat(securityGroup.body().blocks("ingress")).as("inline ingress of %s", securityGroup.address())
			.isEmpty();
		String groupId = "aws_security_group." + group + ".id";
		assertThat(terraform.resources("aws_security_group_rule"))
			.as("legacy aws_security_group_rule resources on %s", groupId)
			.noneMatch((rule) -> required(rule, "security_group_id").code().equals(groupId));

		List<Block> rules = terraform.resources("aws_vpc_security_group_ingress_rule")
			.stream()
			.filter((rule) -> required(rule, "security_group_id").code().equals(groupId))
			.toList();
		assertThat(rules).as("ingress rules of %s (%s)", securityGroup.address(), store).isNotEmpty();
		for (Block rule : rules) {
			assertThat(required(rule, "referenced_security_group_id").code()).as("source of %s", rule.address())
				.isEqualTo(EKS_NODE_SECURITY_GROUP);
			assertThat(rule.body().attribute("cidr_ipv4")).as("cidr_ipv4 of %s", rule.address()).isEmpty();
			assertThat(rule.body().attribute("cidr_ipv6")).as("cidr_ipv6 of %s", rule.address()).isEmpty();
			assertThat(rule.body().attribute("prefix_list_id")).as("prefix_list_id of %s", rule.address()).isEmpty();
		}
	}

	@Test
	void noIngressRuleIsOpenToTheInternet() {
		List<String> open = new ArrayList<>();
		for (Block group : terraform.resources("aws_security_group")) {
			group.body().blocks("ingress").forEach((ingress) -> ingress.body().forEachExpression((expression) -> {
				if (opensToTheWorld(expression)) {
					open.add(group.address() + " ingress at " + ingress.location());
				}
			}));
		}
		for (Block rule : terraform.resources("aws_vpc_security_group_ingress_rule")) {
			rule.body().forEachExpression((expression) -> {
				if (opensToTheWorld(expression)) {
					open.add(rule.address());
				}
			});
		}
		for (Block rule : terraform.resources("aws_security_group_rule")) {
			boolean ingress = rule.body().value("type").flatMap(Expression::stringLiteral).orElse("").equals("ingress");
			rule.body().forEachExpression((expression) -> {
				if (ingress && opensToTheWorld(expression)) {
					open.add(rule.address());
				}
			});
		}
		for (Block module : terraform.modules()) {
			module.body()
				.attributes()
				.stream()
				.filter((attribute) -> attribute.name().contains("security_group")
						&& attribute.name().endsWith("rules"))
				.forEach((attribute) -> attribute.value().forEachExpression((expression) -> {
					if (opensToTheWorld(expression)) {
						open.add(module.address() + "." + attribute.name());
					}
				}));
		}
		assertThat(open).as("ingress open to 0.0.0.0/0 or ::/0").isEmpty();
	}

	@Test
	void rdsInstancesAreEncryptedPrivateMonitoredAndMultiAzWhereTheEnvironmentIs() {
		List<Block> instances = terraform.resources("aws_db_instance");
		assertThat(instances).extracting((db) -> literal(db, "engine"))
			.containsExactlyInAnyOrder("postgres", "mariadb");
		for (Block db : instances) {
			assertThat(required(db, "storage_encrypted").source()).as("storage_encrypted of %s", db.address())
				.isEqualTo("true");
			assertThat(kmsKeysReferencedBy(required(db, "kms_key_id"))).as("kms_key_id of %s", db.address())
				.containsExactly("rds");
			assertThat(required(db, "publicly_accessible").source()).as("publicly_accessible of %s", db.address())
				.isEqualTo("false");
			assertThat(required(db, "multi_az").code()).as("multi_az of %s", db.address()).isEqualTo("var.multi_az");
			assertThat(required(db, "monitoring_interval").code()).as("monitoring_interval of %s", db.address())
				.isEqualTo("var.db_monitoring_interval_seconds");
			assertThat(required(db, "monitoring_role_arn").code()).as("monitoring_role_arn of %s", db.address())
				.isEqualTo("aws_iam_role.rds_enhanced_monitoring.arn");
			assertThat(required(db, "manage_master_user_password").source()).isEqualTo("true");
			assertThat(db.body().attribute("password")).as("clear-text password of %s", db.address()).isEmpty();
		}
		Matcher allowed = Pattern.compile("contains\\(\\[([0-9, ]+)]")
			.matcher(variableCondition("db_monitoring_interval_seconds"));
		assertThat(allowed.find()).as("db_monitoring_interval_seconds is validated against a list").isTrue();
		assertThat(allowed.group(1).split(",\\s*")).as("allowed monitoring intervals (0 turns it off)")
			.isNotEmpty()
			.doesNotContain("0");
	}

	@Test
	void redisIsEncryptedAtRestWithItsKeyAndInTransit() {
		List<Block> groups = terraform.resources("aws_elasticache_replication_group");
		assertThat(groups).hasSize(1);
		Block redis = groups.get(0);
		assertThat(required(redis, "at_rest_encryption_enabled").source()).isEqualTo("true");
		assertThat(kmsKeysReferencedBy(required(redis, "kms_key_id"))).containsExactly("elasticache");
		assertThat(required(redis, "transit_encryption_enabled").source()).isEqualTo("true");
		assertThat(terraform.resources("aws_elasticache_cluster")).as("stand-alone cache clusters").isEmpty();
	}

	@Test
	void kafkaIsEncryptedAtRestAndInTransitOnThreeBrokers() {
		List<Block> clusters = terraform.resources("aws_msk_cluster");
		assertThat(clusters).hasSize(1);
		Block kafka = clusters.get(0);
		Block encryption = single(kafka, "encryption_info");
		assertThat(kmsKeysReferencedBy(required(encryption, "encryption_at_rest_kms_key_arn"))).containsExactly("msk");
		Block inTransit = single(encryption, "encryption_in_transit");
		assertThat(literal(inTransit, "client_broker")).isEqualTo("TLS");
		assertThat(required(inTransit, "in_cluster").source()).isEqualTo("true");
		assertThat(required(kafka, "number_of_broker_nodes").code()).isEqualTo("var.msk_broker_count");
		assertThat(variableDefault("msk_broker_count"))
			.hasValueSatisfying((value) -> assertThat(value.source()).isEqualTo("3"));
	}

	@Test
	void ebsVolumesAreEncrypted() {
		Block eks = terraform.module("eks").orElseThrow();
		Expression defaults = required(eks, "eks_managed_node_group_defaults");
		Expression mappings = defaults.member("block_device_mappings")
			.orElseThrow(() -> new AssertionError("node group defaults set no block_device_mappings"));
		assertThat(mappings).isInstanceOf(ObjectValue.class);
		assertThat(((ObjectValue) mappings).members()).isNotEmpty();
		((ObjectValue) mappings).members().forEach((device, mapping) -> {
			assertThat(mapping.at("ebs", "encrypted").map(Expression::source)).as("%s encrypted", device)
				.hasValue("true");
			assertThat(mapping.at("ebs", "kms_key_id").map(this::kmsKeysReferencedBy)).as("%s kms key", device)
				.hasValue(List.of("ebs"));
		});
		Expression groups = required(eks, "eks_managed_node_groups");
		assertThat(groups).isInstanceOf(ObjectValue.class);
		((ObjectValue) groups).members()
			.forEach((name, group) -> assertThat(group.member("block_device_mappings"))
				.as("node group %s must keep the encrypted default volumes", name)
				.isEmpty());

		List<Block> byDefault = terraform.resources("aws_ebs_encryption_by_default");
		assertThat(byDefault).hasSize(1);
		assertThat(required(byDefault.get(0), "enabled").source()).isEqualTo("true");
		assertThat(terraform.module("ebs_csi_irsa").map((module) -> required(module, "ebs_csi_kms_cmk_ids")))
			.hasValueSatisfying((keys) -> assertThat(kmsKeysReferencedBy(keys)).containsExactly("ebs"));
	}

	@Test
	void everyKmsKeyRotatesAndEveryKeyReferenceNamesADeclaredKey() {
		List<Block> keys = terraform.resources("aws_kms_key");
		assertThat(keys).isNotEmpty();
		keys.forEach((key) -> assertThat(required(key, "enable_key_rotation").source())
			.as("enable_key_rotation of %s", key.address())
			.isEqualTo("true"));

		Expression declared = terraform.locals().get("kms_keys");
		assertThat(declared).as("local.kms_keys").isInstanceOf(ObjectValue.class);
		Set<String> names = ((ObjectValue) declared).members().keySet();
		assertThat(names).contains("eks", "ebs", "rds", "elasticache", "msk", "logs");
		Set<String> referenced = new LinkedHashSet<>();
		terraform.forEachTextExpression(
				(block, expression) -> referenced.addAll(matches(KMS_KEY_REFERENCE, expression.source())));
		assertThat(names).as("KMS keys declared in local.kms_keys").containsAll(referenced);
		assertThat(referenced).as("KMS keys in use").containsAll(names);
	}

	@Test
	void everyLogGroupHasARetentionAndIsEncrypted() {
		List<Block> groups = terraform.resources("aws_cloudwatch_log_group");
		assertThat(groups).isNotEmpty();
		for (Block group : groups) {
			assertThat(required(group, "retention_in_days").code()).isEqualTo("var.log_retention_days");
			assertThat(kmsKeysReferencedBy(required(group, "kms_key_id"))).containsExactly("logs");
		}
		Block eks = terraform.module("eks").orElseThrow();
		assertThat(kmsKeysReferencedBy(required(eks, "cloudwatch_log_group_kms_key_id"))).containsExactly("logs");
		Block vpc = terraform.module("vpc").orElseThrow();
		assertThat(kmsKeysReferencedBy(required(vpc, "flow_log_cloudwatch_log_group_kms_key_id")))
			.containsExactly("logs");
	}

	@Test
	void vpcSpansThreeZonesWithPublicPrivateAndIntraSubnetsNatAndFlowLogs() {
		Block vpc = terraform.module("vpc").orElseThrow();
		assertThat(literal(vpc, "source")).isEqualTo("terraform-aws-modules/vpc/aws");
		assertThat(variableDefault("vpc_cidr").flatMap(Expression::stringLiteral)).hasValue("10.0.0.0/16");
		assertThat(terraform.locals().get("azs").code()).contains(", 0, 3)");
		for (String subnets : List.of("public_subnets", "private_subnets", "intra_subnets")) {
			assertThat(required(vpc, subnets).code()).isEqualTo("local." + subnets);
			assertThat(terraform.locals().get(subnets).code()).as("local.%s", subnets).contains("range(3)");
		}
		assertThat(required(vpc, "enable_nat_gateway").source()).isEqualTo("true");
		assertThat(required(vpc, "enable_flow_log").source()).isEqualTo("true");
		assertThat(required(vpc, "flow_log_traffic_type").stringLiteral()).hasValue("ALL");
	}

	@Test
	void eksRunsOnDemandAndSpotNodeGroupsWithTheCoreAddOns() {
		Block eks = terraform.module("eks").orElseThrow();
		assertThat(literal(eks, "source")).isEqualTo("terraform-aws-modules/eks/aws");
		Expression groups = required(eks, "eks_managed_node_groups");
		List<String> capacityTypes = new ArrayList<>();
		((ObjectValue) groups).members()
			.values()
			.forEach((group) -> group.member("capacity_type")
				.flatMap(Expression::stringLiteral)
				.ifPresent(capacityTypes::add));
		assertThat(capacityTypes).containsExactlyInAnyOrder("ON_DEMAND", "SPOT");
		Expression addons = required(eks, "cluster_addons");
		assertThat(((ObjectValue) addons).members()).containsKeys("vpc-cni", "aws-ebs-csi-driver", "coredns");
		assertThat(required(eks, "enable_irsa").source()).isEqualTo("true");
		assertThat(required(eks, "cluster_endpoint_private_access").source()).isEqualTo("true");
	}

	@Test
	void loadBalancerControllerAndExternalDnsAssumeTheirRolesThroughIrsa() {
		Map<String, String> serviceAccounts = Map.of("aws_load_balancer_controller_irsa",
				"kube-system:aws-load-balancer-controller", "external_dns_irsa", "kube-system:external-dns",
				"ebs_csi_irsa", "kube-system:ebs-csi-controller-sa");
		serviceAccounts.forEach((moduleName, serviceAccount) -> {
			Block module = terraform.module(moduleName)
				.orElseThrow(() -> new AssertionError("module " + moduleName + " is not declared"));
			assertThat(literal(module, "source"))
				.isEqualTo("terraform-aws-modules/iam/aws//modules/iam-role-for-service-accounts-eks");
			Expression providers = required(module, "oidc_providers");
			assertThat(providers.source()).contains("module.eks.oidc_provider_arn")
				.contains('"' + serviceAccount + '"');
		});
		assertThat(terraform.resource("helm_release", "aws_load_balancer_controller"))
			.hasValueSatisfying((release) -> assertThat(required(release, "values").code())
				.contains("module.aws_load_balancer_controller_irsa.iam_role_arn"));
		assertThat(terraform.resource("helm_release", "external_dns"))
			.hasValueSatisfying((release) -> assertThat(required(release, "values").code())
				.contains("module.external_dns_irsa.iam_role_arn"));
	}

	@Test
	void outputsGiveTheEndpointsTheClusterNameAndTheKubeconfigCommand() {
		Map<String, Block> outputs = new LinkedHashMap<>();
		terraform.blocks("output").forEach((output) -> outputs.put(output.label(0), output));
		assertThat(outputs).containsKeys("cluster_name", "cluster_endpoint", "kubeconfig_command", "postgres_endpoint",
				"mariadb_endpoint", "redis_primary_endpoint", "kafka_bootstrap_brokers_sasl_scram");
		assertThat(required(outputs.get("kubeconfig_command"), "value").source())
			.startsWith("\"aws eks update-kubeconfig --region ${var.aws_region} --name ${module.eks.cluster_name}");
		outputs.values()
			.forEach((output) -> assertThat(output.body().value("description").flatMap(Expression::stringLiteral))
				.as("description of output %s", output.label(0))
				.hasValueSatisfying((description) -> assertThat(description).isNotBlank()));
	}

	private static boolean opensToTheWorld(Expression expression) {
		return expression.source().contains("0.0.0.0/0") || expression.source().contains("::/0");
	}

	private List<String> kmsKeysReferencedBy(Expression expression) {
		List<String> keys = matches(KMS_KEY_REFERENCE, expression.source());
		if (keys.isEmpty()) {
			fail("%s does not reference a KMS key of kms.tf", expression.source());
		}
		return keys;
	}

	private static List<String> matches(Pattern pattern, String text) {
		List<String> found = new ArrayList<>();
		Matcher matcher = pattern.matcher(text);
		while (matcher.find()) {
			found.add(matcher.group(1));
		}
		return found;
	}

	private static Optional<Expression> variableDefault(String name) {
		return terraform.variables()
			.stream()
			.filter((variable) -> variable.label(0).equals(name))
			.findFirst()
			.orElseThrow(() -> new AssertionError("variable " + name + " is not declared"))
			.body()
			.value("default");
	}

	private static String variableCondition(String name) {
		Block variable = terraform.variables()
			.stream()
			.filter((candidate) -> candidate.label(0).equals(name))
			.findFirst()
			.orElseThrow();
		return required(single(variable, "validation"), "condition").source();
	}

	private static Expression required(Block block, String attribute) {
		return block.body()
			.value(attribute)
			.orElseThrow(
					() -> new AssertionError(block.address() + " (" + block.location() + ") sets no " + attribute));
	}

	private static String literal(Block block, String attribute) {
		Expression value = required(block, attribute);
		return value.stringLiteral()
			.orElseThrow(() -> new AssertionError(
					block.address() + "." + attribute + " is not a plain string: " + value.source()));
	}

	private static Block single(Block block, String type) {
		List<Block> nested = block.body().blocks(type);
		assertThat(nested).as("%s blocks in %s", type, block.address()).hasSize(1);
		return nested.get(0);
	}

}
